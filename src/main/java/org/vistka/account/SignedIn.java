package org.vistka.account;

/** A request's signed-in member, with the session's form token that every state-changing form must carry. */
public record SignedIn(Account account, String csrfToken, String tokenHash) {
    public boolean can(Permission permission) {
        return account.can(permission);
    }
}
