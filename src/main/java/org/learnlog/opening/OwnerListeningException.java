package org.learnlog.opening;

import org.learnlog.store.JournalLockedException;

/** The journal is held by a process that listens for hand-offs now: hand the command to it instead. */
public final class OwnerListeningException extends RuntimeException {
    public OwnerListeningException(JournalLockedException cause) {
        super(cause.getMessage(), cause);
    }
}
