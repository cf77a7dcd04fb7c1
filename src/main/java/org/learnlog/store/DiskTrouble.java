package org.learnlog.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;

/**
 * Says plainly when a failure is the disk's: full, read-only or failing. H2 reports a full disk as
 * "The database has been closed" or a long "IO Exception" line, with the system's words several
 * causes down; this finds them, so the user reads what to do instead.
 */
public final class DiskTrouble {
    private DiskTrouble() {
    }

    /** What the disk did, as a sentence with what to do about it, if the disk is the cause of {@code failure}. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")
                    || message.contains("not enough space on the disk")) {
                return Optional.of("The disk is full. Free some space, then try again.");
            }
            if (message.contains("read-only file system")) {
                return Optional.of("The disk is read-only. Make it writable, or choose another folder.");
            }
            if (message.contains("input/output error")) {
                return Optional.of("The disk reported an input/output error. Check the disk, then try again.");
            }
        }
        return Optional.empty();
    }

    /** The disk's trouble if it is the cause, else the first line of H2's own message. */
    static String describe(Throwable failure) {
        return of(failure).orElseGet(() -> H2Errors.firstLine(failure.getMessage()));
    }

    /**
     * Why a file operation failed, in words and without a closing full stop: the disk's trouble, or what
     * the file system said. Java's own messages for a missing folder or a refused one are only the path.
     */
    public static String why(IOException failure) {
        return of(failure).map(sentence -> sentence.substring(0, sentence.length() - 1)).orElseGet(() -> {
            if (failure instanceof NoSuchFileException missing) {
                return "there is no " + missing.getFile();
            }
            if (failure instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (failure instanceof FileAlreadyExistsException) {
                return "a file of that name is in the way";
            }
            if (failure instanceof FileSystemException system && system.getReason() != null) {
                return system.getReason().toLowerCase(Locale.ROOT);
            }
            return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        });
    }
}
