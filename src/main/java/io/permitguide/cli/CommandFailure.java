package io.permitguide.cli;

/**
 * Ends a command with a translated message and an exit code, without the usage text: for a file that cannot be
 * read or written, where the command itself was typed right. Usage mistakes stay picocli's ParameterException.
 */
final class CommandFailure extends RuntimeException {
    /** A file given on the command line cannot be used, as for a malformed case (exit 2). */
    static final int BAD_INPUT = 2;

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CommandFailure badInput(String message) {
        return new CommandFailure(BAD_INPUT, message);
    }

    int exitCode() {
        return exitCode;
    }
}
