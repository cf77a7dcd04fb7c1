package org.learnlog.store;

/** Another process (a second window, or the CLI) holds the journal's database file. */
public final class JournalLockedException extends StoreException {

    public JournalLockedException(Throwable cause) {
        super("Learnlog is already open in another window. Close it, then try again.", cause);
    }
}
