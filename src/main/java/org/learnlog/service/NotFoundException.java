package org.learnlog.service;

/** A note or goal the user named does not exist (or a short id matches more than one). */
public final class NotFoundException extends InvalidInputException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Suggestion suggestion) {
        super(message, suggestion);
    }
}
