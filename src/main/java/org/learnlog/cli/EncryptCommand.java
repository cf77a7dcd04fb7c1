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
 * `learnlog encrypt`: encrypts the journal and every copy of it with a passphrase (H2's AES), which it
 * then asks for at every start; with --change, gives an encrypted journal a new passphrase. Without
 * --yes it only says what it would do. The journal must not be open in the app.
 */
@Command(name = "encrypt", description = {"Encrypt the journal and its backups with a passphrase, asked for at every start.",
        "A forgotten passphrase can't be recovered. With --change, give an encrypted journal a new one.",
        "Scripts set LEARNLOG_PASSPHRASE (and LEARNLOG_NEW_PASSPHRASE for --change)."})
final class EncryptCommand implements Callable<Integer> {
    static final String WARNING = "A forgotten passphrase can't be recovered: without it nobody, not even Learnlog, "
            + "can open the journal or its backups.";

    @Spec
    CommandSpec spec;

    @Option(names = "--yes", description = "Confirm: without it, only says what would happen.")
    private boolean confirmed;

    @Option(names = "--change", description = "Change the passphrase of an encrypted journal.")
    private boolean change;

    @Override
    public Integer call() {
        KeyChange keys = new KeyChange(spec, "learnlog encrypt");
        Path dataDir = keys.dataDir();
        boolean encrypted = JournalEncryption.encrypted(dataDir);
        if (change != encrypted) {
            throw new InvalidInputException(change ? "The journal in " + dataDir + " is not encrypted; "
                    + keys.root().command("encrypt") + " encrypts it." : "The journal in " + dataDir + " is encrypted "
                    + "already. To change its passphrase: " + keys.root().command("encrypt", "--change"));
        }
        JournalKey from = change ? keys.current() : JournalKey.NONE;
        if (!confirmed) {
            EncryptionPlan plan = keys.plan(from, true);
            throw new InvalidInputException((change ? "Changing the passphrase asks for a new one, then encrypts the "
                    + "journal and its copies with it:" : "Encrypting asks for a new passphrase, then encrypts the "
                    + "journal and every copy of it:") + "\n" + KeyChange.describe(plan) + WARNING + " To go ahead: "
                    + keys.root().command(change ? new String[] {"encrypt", "--change", "--yes"} : new String[] {"encrypt", "--yes"}));
        }
        JournalKey to = keys.root().passphrases().choose(change ? Passphrases.NEW_VARIABLE : Passphrases.VARIABLE);
        EncryptionPlan done = keys.rekey(from, to, Clock.systemDefaultZone());
        int copies = done.rewritten().size();
        spec.commandLine().getOut().println((change ? "Changed the passphrase of the journal in " : "Encrypted the journal in ")
                + dataDir + " and " + copies + (copies == 1 ? " copy" : " copies") + " of it, and took an encrypted backup. "
                + WARNING);
        return ExitCodes.OK;
    }
}
