package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.learnlog.model.JournalKey;
import org.learnlog.service.EncryptionPlan;
import org.learnlog.service.JournalEncryption;
import picocli.CommandLine.Model.CommandSpec;

/** What `encrypt` and `decrypt` share: the journal at hand, its passphrase, and the plan for its copies. */
final class KeyChange {
    private final LearnlogCommand root;
    private final String holder;

    KeyChange(CommandSpec spec, String holder) {
        this.root = (LearnlogCommand) spec.root().userObject();
        this.holder = holder;
        if (root.opener().lent()) {
            throw new JournalInUseException("The journal is open in the Learnlog window, and this rewrites its file. "
                    + "Close the window, then try again.");
        }
    }

    LearnlogCommand root() {
        return root;
    }

    Path dataDir() {
        return root.dataDir();
    }

    /** The passphrase that opens the journal now, checked by opening it. */
    JournalKey current() {
        root.opener().release(root.opener().open(dataDir()));
        return root.passphrases().forJournal(dataDir());
    }

    EncryptionPlan plan(JournalKey from, boolean encrypting) {
        return root.opener().whenFree(dataDir(), () -> JournalEncryption.plan(dataDir(), from, encrypting));
    }

    EncryptionPlan rekey(JournalKey from, JournalKey to, Clock clock) {
        return root.opener().whenFree(dataDir(), () -> JournalEncryption.rekey(dataDir(), from, to, clock, holder));
    }

    /** One line per copy: when, how many notes, what becomes of it, and where it is. */
    static String describe(EncryptionPlan plan) {
        if (plan.copies().isEmpty()) {
            return "  (there are no backups or copies yet)\n";
        }
        return plan.copies().stream().map(copy -> "  " + BackupCommand.WHEN.format(copy.when().atZone(ZoneId.systemDefault()))
                + "  " + copy.look().notes().stream().mapToObj(n -> n + (n == 1 ? " note" : " notes")).findFirst()
                .orElse("? notes") + "  " + fate(copy) + "  " + copy.file()).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String fate(EncryptionPlan.Copy copy) {
        return switch (copy.fate()) {
            case REWRITTEN -> "rewritten";
            case LEFT_ENCRYPTED -> "left as it is (encrypted with another passphrase)";
            case LEFT_PLAIN -> "left as it is (plain)";
            case BLOCKS -> "CAN'T BE READ, so it can't be encrypted: move it out of the folder or delete it first ("
                    + copy.look().problem().orElse("") + ")";
        };
    }
}
