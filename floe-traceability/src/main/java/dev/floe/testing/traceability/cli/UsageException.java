package dev.floe.testing.traceability.cli;

/** A command line the tool cannot run: the message is the one line shown to the user. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
