package org.learnlog.cli;

/** What `learnlog` exits with, so scripts can tell failures apart. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Something went wrong that the user can't fix by changing the command. */
    public static final int FAILED = 1;
    /** The command or what it names is wrong: a bad option, an unknown goal or note. */
    public static final int BAD_INPUT = 2;
    /** The journal is open in another Learnlog process. */
    public static final int JOURNAL_IN_USE = 3;
    /**
     * The command did its work but left something out, which it listed: an import skipped files, an
     * export kept files edited by hand.
     */
    public static final int PARTLY_DONE = 4;
    /** Never an exit code: the journal's owner began to listen while the command waited, so it is handed over. */
    static final int OWNER_LISTENING = -3;

    private ExitCodes() {
    }
}
