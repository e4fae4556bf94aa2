package org.vistka.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a newsroom member may do. The README's permission table is this enum; the server checks a
 * {@link Permission} on every request rather than a role name, so a table change is one edit here.
 */
public enum Role {
    ADMINISTRATOR("Administrator", EnumSet.allOf(Permission.class)),
    EDITOR("Editor", EnumSet.of(Permission.WRITE_STORIES, Permission.PUBLISH_OWN, Permission.EDIT_ANY_STORY,
            Permission.PUBLISH_ANY_STORY, Permission.MODERATE_COMMENTS, Permission.USE_MEDIA)),
    AUTHOR("Author", EnumSet.of(Permission.WRITE_STORIES, Permission.PUBLISH_OWN, Permission.USE_MEDIA)),
    CONTRIBUTOR("Contributor", EnumSet.of(Permission.WRITE_STORIES, Permission.USE_MEDIA));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
