package org.learnlog.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.learnlog.model.JournalLook;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.Backup;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Restores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `learnlog restore FILE`: puts a backup, or a journal file kept aside, in place of the journal,
 * keeping the current file beside it. It works whatever state the current file is in (damaged,
 * missing, encrypted with a forgotten passphrase): that file is moved aside, never opened.
 * Without --yes it only says what it would do. The journal must not be open in the app.
 */
@Command(name = "restore", description = {"Restore the journal from a backup or a journal file kept aside.",
        "The current journal file is kept beside it, whatever state it is in."})
final class RestoreCommand implements Callable<Integer> {
    private static final String HOLDER = "learnlog restore";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A backup or a kept copy, as `learnlog backup --list` shows them.")
    private Path source;

    @Option(names = "--yes", description = "Confirm: without it, only says what would be restored.")
    private boolean confirmed;

    @Override
    public Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        if (root.opener().lent()) {
            throw new JournalInUseException("The journal is open in the Learnlog window, and a restore replaces its "
                    + "file. Close the window, then restore.");
        }
        Path dataDir = root.dataDir();
        Backup backup = Restores.describe(source);
        JournalLook now = root.opener().whenFree(dataDir, () -> Restores.current(dataDir, HOLDER));
        if (!confirmed) {
            throw new InvalidInputException("Restoring " + BackupCommand.described(backup) + " " + replaces(now, dataDir)
                    + " To restore it: " + root.command("restore", source.toAbsolutePath().toString(), "--yes"));
        }
        Path aside = root.opener().whenFree(dataDir, () -> Restores.restore(source, dataDir, Clock.systemDefaultZone(),
                HOLDER));
        JournalServices services = root.opener().open(dataDir);
        try {
            int restored = services.notes().list(NoteFilter.all(), Integer.MAX_VALUE).size();
            spec.commandLine().getOut().println("Restored " + restored + (restored == 1 ? " note" : " notes") + " from "
                    + source + "." + (!now.exists() ? ""
                    : " The journal as it was is kept in " + aside + "."));
        } finally {
            root.opener().release(services);
        }
        return ExitCodes.OK;
    }

    /** What a restore does to the journal as it is now. */
    private static String replaces(JournalLook now, Path dataDir) {
        String aside = Restores.asideNow(dataDir, Clock.systemDefaultZone()).toString();
        if (!now.exists()) {
            return "makes the journal in " + dataDir.toAbsolutePath() + ", which has no journal file now.";
        }
        if (now.notes().isPresent()) {
            long notes = now.notes().getAsLong();
            return "replaces the journal's " + notes + (notes == 1 ? " note" : " notes") + "; the current file will be "
                    + "kept as " + aside + ".";
        }
        return "replaces the current journal, which can't be read (" + now.problem().orElse("") + "); it will be kept as "
                + aside + ".";
    }
}
