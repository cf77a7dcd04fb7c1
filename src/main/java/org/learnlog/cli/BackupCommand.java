package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.learnlog.service.Backup;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Restores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `learnlog backup`: a backup now, or what can be restored (the backups, and journal files kept aside)
 * with their dates and note counts. The list needs no journal opened, so it works on a damaged one too.
 */
@Command(name = "backup", description = "Back the journal up now into backups/ in the data directory (the app also does so daily).")
final class BackupCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List what can be restored, newest first, instead of taking a backup.")
    private boolean list;

    @Option(names = "--sql", description = {"Take it as SQL statements, which a later Learnlog with a newer H2 can "
            + "read (the app takes one weekly).", "Slower and larger than the usual copy of the file."})
    private boolean sql;

    @Override
    public Integer call() {
        LearnlogCommand root = (LearnlogCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            Restores.sources(root.dataDir()).forEach(backup -> out.println(line(backup)));
            return ExitCodes.OK;
        }
        JournalServices services = root.opener().open(root.dataDir());
        try {
            Backup backup = sql ? services.backups().takeScript() : services.backups().take();
            out.println("Backed up " + notes(backup) + " to " + backup.file());
        } finally {
            root.opener().release(services);
        }
        return ExitCodes.OK;
    }

    static String line(Backup backup) {
        return WHEN.format(backup.taken().atZone(ZoneId.systemDefault())) + "  " + notes(backup) + "  "
                + kind(backup) + "  " + backup.file();
    }

    /** A backup in a sentence: "the backup of 2026-11-29 09:40 (12 notes)". */
    static String described(Backup backup) {
        String what = backup.keptAside() ? "the journal file kept aside on " : backup.script() ? "the SQL backup of "
                : "the backup of ";
        return what + WHEN.format(backup.taken().atZone(ZoneId.systemDefault())) + " (" + notes(backup) + ")";
    }

    static String notes(Backup backup) {
        return backup.notes() < 0 ? "? notes" : backup.notes() + (backup.notes() == 1 ? " note" : " notes");
    }

    private static String kind(Backup backup) {
        return backup.keptAside() ? "kept" : backup.script() ? "SQL " : "copy";
    }
}
