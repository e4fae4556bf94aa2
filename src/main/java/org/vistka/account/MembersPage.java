package org.vistka.account;

import java.util.List;

/** All members, and the form to add one, with what was typed and why it was refused. */
public record MembersPage(NewsroomLayout layout, List<Account> members, String email, String name, String role, String problem) {
    public List<Role> roles() {
        return List.of(Role.values());
    }
}
