package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.learnlog.model.JournalKey;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `learnlog encrypt`: encrypts the journal with a passphrase (H2's AES), which it then asks for at
 * every start. Without --yes it only says what it would do. The journal must not be open in the app.
 */
@Command(name = "encrypt", description = {"Encrypt the journal with a passphrase, asked for at every start.",
        "A forgotten passphrase can't be recovered. Plain backups are deleted and an encrypted one taken."})
final class EncryptCommand implements Callable<Integer> {
    static final String WARNING = "A forgotten passphrase can't be recovered: without it nobody, not even Learnlog, "
            + "can open the journal or its backups.";

    @Spec
    CommandSpec spec;

    @Option(names = "--yes", description = "Confirm: without it, only says what would happen.")
    private boolean confirmed;

    @Override
    public Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        if (root.opener().lent()) {
            throw new JournalInUseException("The journal is open in the Learnlog window. Close the window, then encrypt.");
        }
        Path dataDir = root.dataDir();
        if (JournalEncryption.encrypted(dataDir)) {
            throw new InvalidInputException("The journal in " + dataDir + " is encrypted already.");
        }
        List<Path> plain = JournalEncryption.plainCopies(dataDir);
        if (!confirmed) {
            throw new InvalidInputException("Encrypting asks for a new passphrase, then deletes the " + plain.size()
                    + " plain copies of the journal (its backups, and copies kept aside) and takes an encrypted "
                    + "backup. " + WARNING + " Add --yes to encrypt it.");
        }
        JournalKey key = root.passphrases().choose();
        List<Path> deleted = JournalEncryption.encrypt(dataDir, key, Clock.systemDefaultZone());
        spec.commandLine().getOut().println("Encrypted the journal in " + dataDir + "; deleted " + deleted.size()
                + (deleted.size() == 1 ? " plain copy" : " plain copies") + " and took an encrypted backup. " + WARNING);
        return ExitCodes.OK;
    }
}
