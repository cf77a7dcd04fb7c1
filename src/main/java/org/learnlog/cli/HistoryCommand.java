package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteVersion;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import org.learnlog.service.NoteHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = {"Show a note's earlier versions, kept 90 days, newest first.",
        "Each line: number, when saved, length, title. --diff N shows what changed since version N;",
        "--restore N puts it back."})
final class HistoryCommand extends JournalCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Parameters(paramLabel = "ID", description = "The note's id, or the start of it as `list` prints it.")
    private String id;

    @Option(names = "--diff", paramLabel = "N", description = "Show the lines that changed from version N to the note now.")
    private Integer diff;

    @Option(names = "--restore", paramLabel = "N", description = "Put version N back (the text it replaces is kept too).")
    private Integer restore;

    @Override
    void run(JournalServices services, PrintWriter out) {
        NoteHistory history = services.history();
        history.purgeExpired();
        Note note = services.notes().findByShortId(id);
        List<NoteVersion> versions = history.versions(note.id());
        if (diff != null) {
            for (LineDiff.Line line : history.changesSince(version(versions, diff))) {
                out.println(switch (line.change()) {
                    case SAME -> "  ";
                    case REMOVED -> "- ";
                    case ADDED -> "+ ";
                } + line.text());
            }
        } else if (restore != null) {
            NoteVersion version = version(versions, restore);
            history.restore(version.id());
            out.println("Restored version " + restore + " of " + note.id().toString().substring(0, 8) + ", saved "
                    + when(version.note()) + ".");
        } else {
            for (int i = 0; i < versions.size(); i++) {
                Note old = versions.get(i).note();
                out.println((i + 1) + "  " + when(old) + "  " + old.body().length() + " chars  " + old.title());
            }
        }
    }

    private static NoteVersion version(List<NoteVersion> versions, int number) {
        if (number < 1 || number > versions.size()) {
            throw new InvalidInputException(versions.isEmpty() ? "This note has no earlier versions."
                    : "There is no version " + number + "; the note has " + versions.size() + " (1 is the newest).");
        }
        return versions.get(number - 1);
    }

    private static String when(Note version) {
        return WHEN.format(version.updated().atZone(ZoneId.systemDefault()));
    }
}
