package org.vistka.comment;

/**
 * An email could not be sent. The message is one line for the log, naming the server and what went wrong, and
 * never contains the password; the cause, when there is one, is the mail library's exception.
 */
public final class MailFailure extends RuntimeException {
    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
