package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.learnlog.service.Backup;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `learnlog backup`: a backup now, or the list of backups with their dates and note counts. */
@Command(name = "backup", description = "Back the journal up now into backups/ in the data directory (the app also does so daily).")
final class BackupCommand extends JournalCommand {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--list", description = "List the backups, newest first, instead of taking one.")
    private boolean list;

    @Option(names = "--sql", description = {"Take it as SQL statements, which a later Learnlog with a newer H2 can "
            + "read (the app takes one weekly).", "Slower and larger than the usual copy of the file."})
    private boolean sql;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (list) {
            services.backups().list().forEach(backup -> out.println(line(backup)));
            return;
        }
        Backup backup = sql ? services.backups().takeScript() : services.backups().take();
        out.println("Backed up " + notes(backup) + " to " + backup.file());
    }

    static String line(Backup backup) {
        return WHEN.format(backup.taken().atZone(ZoneId.systemDefault())) + "  " + notes(backup) + "  "
                + (backup.script() ? "SQL   " : "copy  ") + backup.file();
    }

    static String notes(Backup backup) {
        return backup.notes() < 0 ? "? notes" : backup.notes() + (backup.notes() == 1 ? " note" : " notes");
    }
}
