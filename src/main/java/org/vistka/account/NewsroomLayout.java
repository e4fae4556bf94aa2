package org.vistka.account;


/**
 * The frame of every newsroom page: title, the signed-in member (null before sign-in), the form token that
 * every form on the page carries, and a one-line notice such as "Story saved."
 */
public record NewsroomLayout(String title, String siteName, SignedIn signedIn, String csrfToken, String notice,
                             String stylesheet, String newsroomStylesheet, String script) {
    public boolean can(Permission permission) {
        return signedIn != null && signedIn.can(permission);
    }
}
