package org.learnlog.cli;

import java.util.Optional;

/** The desktop window can't open on this machine, with what to do about it in one sentence or two. */
public final class NoWindowException extends RuntimeException {
    private static final String COMMAND_LINE = " The command line works without it: learnlog --help.";

    private NoWindowException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What {@code failure}, from starting JavaFX, means for the user, if it is a missing library or display. */
    public static Optional<NoWindowException> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("GTK")) {
                return Optional.of(new NoWindowException("The window can't open: JavaFX needs GTK 3, which isn't "
                        + "installed. Install it (Debian or Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf "
                        + "install gtk3) and start Learnlog again." + COMMAND_LINE, failure));
            }
            if (message.contains("DISPLAY")) {
                return Optional.of(new NoWindowException("The window can't open: there is no display to show it on "
                        + "(DISPLAY isn't set). Start Learnlog from a desktop session." + COMMAND_LINE, failure));
            }
        }
        return Optional.empty();
    }
}
