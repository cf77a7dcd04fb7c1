package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.learnlog.model.JournalKey;
import org.learnlog.service.EncryptionPlan;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `learnlog decrypt`: makes an encrypted journal, and the copies of it that its passphrase opens,
 * plain again. Without --yes it only says what it would do. The journal must not be open in the app.
 */
@Command(name = "decrypt", description = {"Make an encrypted journal and its backups plain again.",
        "Anyone who can read your files can then read your notes."})
final class DecryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--yes", description = "Confirm: without it, only says what would happen.")
    private boolean confirmed;

    @Override
    public Integer call() {
        KeyChange keys = new KeyChange(spec, "learnlog decrypt");
        Path dataDir = keys.dataDir();
        if (!JournalEncryption.encrypted(dataDir)) {
            throw new InvalidInputException("The journal in " + dataDir + " is not encrypted.");
        }
        JournalKey from = keys.current();
        if (!confirmed) {
            EncryptionPlan plan = keys.plan(from, false);
            throw new InvalidInputException("Decrypting writes the journal and the copies its passphrase opens in the "
                    + "clear:\n" + KeyChange.describe(plan) + "Anyone who can read your files can then read your notes. "
                    + "To go ahead: " + keys.root().command("decrypt", "--yes"));
        }
        EncryptionPlan done = keys.rekey(from, JournalKey.NONE, Clock.systemDefaultZone());
        int copies = done.rewritten().size();
        spec.commandLine().getOut().println("Decrypted the journal in " + dataDir + " and " + copies
                + (copies == 1 ? " copy" : " copies") + " of it, and took a plain backup.");
        return ExitCodes.OK;
    }
}
