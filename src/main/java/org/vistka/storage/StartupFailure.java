package org.vistka.storage;

/**
 * A problem that stops Vistka from starting, described in one sentence that names the setting to change.
 * The command line prints the message alone, without a stack trace.
 */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
