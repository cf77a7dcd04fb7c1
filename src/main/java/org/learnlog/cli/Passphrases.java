package org.learnlog.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.learnlog.model.JournalKey;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalEncryption;

/**
 * Where a command gets passphrases: for scripts, LEARNLOG_PASSPHRASE (the journal's) and
 * LEARNLOG_NEW_PASSPHRASE (a new one, when changing it); else the terminal, typed unseen. The
 * journal's is asked once per command, however often the journal is opened while it waits for a lock.
 */
public final class Passphrases {
    static final String VARIABLE = "LEARNLOG_PASSPHRASE";
    static final String NEW_VARIABLE = "LEARNLOG_NEW_PASSPHRASE";

    private final Map<String, String> environment;
    private final Console console;
    private JournalKey asked;

    /** {@code console} is null where there is no terminal. */
    public Passphrases(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    public static Passphrases system() {
        return new Passphrases(System.getenv(), System.console());
    }

    /** The key that opens the journal in {@code dataDir}: none for a plain one. */
    public synchronized JournalKey forJournal(Path dataDir) {
        if (!JournalEncryption.encrypted(dataDir)) {
            return JournalKey.NONE;
        }
        if (asked == null) {
            asked = JournalKey.of(read(VARIABLE, "Passphrase for the journal in " + dataDir + ": ",
                    "The journal is encrypted.", "its passphrase"));
        }
        return asked;
    }

    /**
     * A new passphrase, typed twice in a terminal, or from {@code variable} ({@link #VARIABLE} to
     * encrypt a plain journal, {@link #NEW_VARIABLE} to change a passphrase).
     */
    JournalKey choose(String variable) {
        String first = read(variable, "New passphrase: ", "This needs a new passphrase.", "one");
        JournalKey.weakness(first).ifPresent(weak -> {
            throw new InvalidInputException(weak + " Nothing was changed.");
        });
        if (console != null && environment.get(variable) == null && !first.equals(read(variable, "The same again: ", "", ""))) {
            throw new InvalidInputException("The two passphrases differ; nothing was changed.");
        }
        return JournalKey.of(first);
    }

    /** {@code why} and {@code what} make the message for a command without a terminal or the variable. */
    private String read(String variable, String prompt, String why, String what) {
        String given = environment.get(variable);
        if (given != null && !given.isEmpty()) {
            return given;
        }
        if (console == null) {
            throw new InvalidInputException(why + (given != null ? " " + variable + " is set but empty. Set it to "
                    + "the passphrase" : " Set " + variable) + ", or run the command in a terminal to type " + what + ".");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            throw new InvalidInputException("No passphrase was typed; nothing was changed.");
        }
        String passphrase = new String(typed);
        Arrays.fill(typed, ' ');
        return passphrase;
    }
}
