package org.vistka.account;


/** The first-start form, with what was typed and why it was refused. */
public record SetupPage(NewsroomLayout layout, String email, String name, String problem) {
}
