package org.vistka.account;


/** The sign-in form, with the email typed so far and why the last attempt was refused. */
public record SignInPage(NewsroomLayout layout, String email, String refusal, String next) {
}
