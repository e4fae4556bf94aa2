package org.vistka.account;

/** A newsroom member; {@code authorId} is the byline profile their stories carry, if any. */
public record Account(long id, String email, String name, Role role, Long authorId, boolean active) {
    public boolean can(Permission permission) {
        return active && role.can(permission);
    }
}
