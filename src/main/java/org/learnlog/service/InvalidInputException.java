package org.learnlog.service;

import java.util.List;
import java.util.Optional;

/** The user asked for something that can't be done as given; the message says what to change. */
public class InvalidInputException extends RuntimeException {
    private final transient Suggestion suggestion;

    /**
     * A `learnlog` command that helps, such as {@code goals} that "lists the goals": the command line
     * names it for the journal at hand; the app, which has its own ways, leaves it out.
     */
    public record Suggestion(List<String> args, String does) {
        public Suggestion {
            args = List.copyOf(args);
        }
    }

    public InvalidInputException(String message) {
        this(message, (Suggestion) null);
    }

    public InvalidInputException(String message, Suggestion suggestion) {
        super(message);
        this.suggestion = suggestion;
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.suggestion = null;
    }

    public Optional<Suggestion> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
