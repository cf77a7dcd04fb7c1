package org.learnlog.store;

/** Another process (a second window, or the CLI) holds the journal's database file. */
public final class JournalLockedException extends StoreException {
    public static final String MESSAGE = "Another Learnlog has the journal open: a window, or a command that has not "
            + "finished. Close it or let it finish, then try again.";

    public JournalLockedException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
