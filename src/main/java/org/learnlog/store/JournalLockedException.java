package org.learnlog.store;

import java.util.Optional;

/** Another process (a second window, or the CLI) holds the journal's database file. */
public final class JournalLockedException extends StoreException {
    public static final String MESSAGE = "Another Learnlog has the journal open: a window, or a command that has not "
            + "finished. Close it or let it finish, then try again.";

    private final transient Optional<String> holder;

    public JournalLockedException(Throwable cause) {
        this(Optional.empty(), cause);
    }

    /** {@code holder}: who has it, as {@link JournalLock#holder} says ("learnlog add, pid 1234"). */
    public JournalLockedException(Optional<String> holder, Throwable cause) {
        super(holder.map(who -> "Another Learnlog has the journal open (" + who + "). Close it or let it finish, "
                + "then try again.").orElse(MESSAGE), cause);
        this.holder = holder;
    }

    /** Who has the journal, if it said. */
    public Optional<String> holder() {
        return holder;
    }
}
