package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.Notes;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = {"List notes, newest first: date, short id, title and tags.",
        "Prints nothing else, so the output can be piped."})
final class ListCommand extends JournalCommand {
    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    private String tag;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Only notes linked to this goal.")
    private String goal;

    @Option(names = "--limit", paramLabel = "N", description = "At most N notes.")
    private int limit = Notes.NO_LIMIT;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (limit < 1) {
            throw new InvalidInputException("--limit must be 1 or more.");
        }
        String slug = goal == null ? null : services.goals().find(goal).slug();
        for (NoteSummary note : services.notes().list(new NoteFilter(tag, slug, null), limit)) {
            out.println(line(note));
        }
    }

    static String line(NoteSummary note) {
        String tags = note.tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return note.date() + "  " + note.shortId() + "  " + note.title() + (tags.isEmpty() ? "" : "  " + tags);
    }
}
