package org.learnlog.service;

/**
 * Writing a file the user asked for failed (a full disk, a folder gone read-only): not the user's
 * input at fault, so a command ends with a failure. Nothing half-written is left in the file's place.
 */
public final class FileWriteException extends RuntimeException {

    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
