package org.learnlog.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;

/**
 * The process the crash test kills: it works on a journal through the real service layer until it is
 * killed, and reports each piece of work on standard output only after it returned.
 * {@code save DIR RUN}: saves notes, one "ACK id n" line per committed save.
 * {@code export DIR RUN}: exports the journal again and again, each time into a new DIR/export/RUN/N, one "EXPORTED" line per export.
 * {@code backup DIR RUN}: backs the journal up again and again, one "BACKED-UP path" line per backup.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[1]);
        int run = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JournalServices services = JournalAssembly.open(dataDir, Clock.systemUTC());
        out.println("READY");
        if (args[0].equals("save")) {
            for (int n = 0; ; n++) {
                Note note = services.notes().save(NoteDraft.of(CrashNotes.title(run, n), CrashNotes.body(run, n)));
                out.println("ACK " + note.id() + " " + n);
            }
        }
        if (args[0].equals("backup")) {
            while (true) {
                out.println("BACKED-UP " + services.backups().take().file());
            }
        }
        for (int n = 0; ; n++) {
            services.journalExport().export(NoteFilter.all(), dataDir.resolve("export").resolve(run + "/" + n));
            out.println("EXPORTED " + n);
        }
    }
}
