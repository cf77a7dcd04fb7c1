package org.learnlog.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.learnlog.model.JournalKey;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalEncryption;

/**
 * Where a command gets an encrypted journal's passphrase: the LEARNLOG_PASSPHRASE variable, for
 * scripts, or else the terminal, typed unseen. Asked once per command, however often the journal is
 * opened while it waits for a lock.
 */
public final class Passphrases {
    static final String VARIABLE = "LEARNLOG_PASSPHRASE";

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
            asked = JournalKey.of(read("Passphrase for the journal in " + dataDir + ": "));
        }
        return asked;
    }

    /** A new passphrase, typed twice in a terminal. */
    JournalKey choose() {
        String first = read("New passphrase: ");
        if (console != null && environment.get(VARIABLE) == null && !first.equals(read("The same again: "))) {
            throw new InvalidInputException("The two passphrases differ; nothing was changed.");
        }
        return JournalKey.of(first);
    }

    private String read(String prompt) {
        String given = environment.get(VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given;
        }
        if (console == null) {
            throw new InvalidInputException("The journal is encrypted. Set " + VARIABLE + ", or run the command in a "
                    + "terminal to type its passphrase.");
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
