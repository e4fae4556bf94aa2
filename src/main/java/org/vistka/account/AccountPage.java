package org.vistka.account;


/** A member's own account: change the password, sign out everywhere. */
public record AccountPage(NewsroomLayout layout, Account account, String problem) {
}
