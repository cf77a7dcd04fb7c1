package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.learnlog.model.Note;
import org.learnlog.model.Resurfaced;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Resurfacing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "resurface", description = {"List today's older learnings that are due for another look.",
        "Learnings linked to an active goal come back 3, 7, 21, 60 and 180 days after each look, at most "
                + Resurfacing.AT_ONCE + " a day. Answer with --useful ID (it comes back later) or --outdated ID "
                + "(it stays away)."})
final class ResurfaceCommand extends JournalCommand {
    @ArgGroup(exclusive = true)
    private Answer answer;

    static final class Answer {
        @Option(names = "--useful", paramLabel = "ID", description = "The note is still useful: it comes back later.")
        String useful;

        @Option(names = "--outdated", paramLabel = "ID", description = "The note is outdated: it no longer comes back.")
        String outdated;
    }

    @Override
    void run(JournalServices services, PrintWriter out) {
        Resurfacing resurfacing = services.notes().resurfacing();
        if (answer != null && answer.useful != null) {
            Note note = services.notes().findByShortId(answer.useful);
            LocalDate next = resurfacing.stillUseful(note.id());
            out.println("\"" + note.title() + "\" comes back on " + next + ".");
            return;
        }
        if (answer != null) {
            Note note = services.notes().findByShortId(answer.outdated);
            resurfacing.outdated(note.id());
            out.println("\"" + note.title() + "\" is outdated and no longer comes back; it stays in your journal.");
            return;
        }
        List<Resurfaced> due = resurfacing.today();
        if (due.isEmpty()) {
            out.println("Nothing to look at again today. Learnings linked to an active goal come back 3, 7, 21, 60 "
                    + "and 180 days after each look.");
            return;
        }
        out.println("Worth another look today:");
        for (Resurfaced one : due) {
            out.println("  " + one.note().id().toString().substring(0, 8) + "  " + one.note().title() + "  ("
                    + one.note().date() + " · " + String.join(", ", one.goals())
                    + (one.looks() == 0 ? "" : " · still useful " + one.looks() + (one.looks() == 1 ? " time" : " times"))
                    + ")");
        }
        out.println("`learnlog show ID` reads one; `learnlog resurface --useful ID` or `--outdated ID` answers.");
    }
}
