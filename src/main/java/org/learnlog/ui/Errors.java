package org.learnlog.ui;

/** A failure as one sentence a person can act on, without exception class names. */
public final class Errors {

    private Errors() {
    }

    public static String describe(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage() == null ? "something unexpected went wrong." : shown.getMessage().strip();
        return message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? message : message + ".";
    }
}
