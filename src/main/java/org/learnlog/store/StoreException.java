package org.learnlog.store;

/** A journal operation failed. The message is written for the user: what failed and what to do. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
