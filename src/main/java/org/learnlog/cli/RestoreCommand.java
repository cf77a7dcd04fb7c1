package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.Backup;
import org.learnlog.service.Backups;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `learnlog restore FILE`: puts a backup in place of the journal, keeping the current file beside it.
 * Without --yes it only says what it would do. The journal must not be open in the app.
 */
@Command(name = "restore", description = "Restore the journal from a backup zip; the current journal file is kept beside it.")
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup, as `learnlog backup --list` shows them.")
    private Path zip;

    @Option(names = "--yes", description = "Confirm: without it, only says what would be restored.")
    private boolean confirmed;

    @Override
    public Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        if (root.opener().lent()) {
            throw new JournalInUseException("The journal is open in the Learnlog window, and a restore replaces its "
                    + "file. Close the window, then restore.");
        }
        Backup backup = Backups.describe(zip);
        // Opening first also makes sure no other Learnlog has the journal open.
        int now;
        try (JournalServices services = root.opener().open(root.dataDir())) {
            now = notes(services);
        }
        if (!confirmed) {
            throw new InvalidInputException("Restoring " + BackupCommand.line(backup) + " replaces the journal's "
                    + now + " notes; the current file is kept beside it. Add --yes to restore it.");
        }
        Path aside = Backups.restore(zip, root.dataDir(), Clock.systemDefaultZone());
        try (JournalServices services = root.opener().open(root.dataDir())) {
            int restored = notes(services);
            spec.commandLine().getOut().println("Restored " + restored + (restored == 1 ? " note" : " notes") + " from " + zip
                    + ". The journal as it was is kept in " + aside + ".");
        }
        return ExitCodes.OK;
    }

    private static int notes(JournalServices services) {
        return services.journal().list(NoteFilter.all(), Integer.MAX_VALUE).size();
    }
}
