package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.service.CaptureLine;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = {"Capture a note and print its id.",
        "#word in the text becomes a tag; +slug links the goal with that slug."})
final class AddCommand extends JournalCommand {
    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The note's title, with #tags and +goals.")
    private List<String> words;

    @Option(names = "--body", paramLabel = "MARKDOWN", description = "The note's text.")
    private String body = "";

    @Option(names = "--kind", paramLabel = "KIND", description = "insight, how-to, mistake, question or resource "
            + "(or !kind in the text; default insight).")
    private String kind;

    @Option(names = "--context", paramLabel = "TEXT", description = "Where it came from, e.g. \"incident 42\".")
    private String context = "";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day it happened (default: today).")
    private LocalDate date;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (repeatable).")
    private List<String> tags = new ArrayList<>();

    @Override
    void run(JournalServices services, PrintWriter out) {
        NoteDraft parsed = CaptureLine.parse(String.join(" ", words));
        NoteKind noteKind = kind == null ? parsed.kind() : NoteKind.fromSlug(kind).orElseThrow(() -> new InvalidInputException(
                "Unknown kind \"" + kind + "\"; use insight, how-to, mistake, question or resource."));
        List<String> allTags = new ArrayList<>(parsed.tags());
        allTags.addAll(tags);
        NoteDraft draft = new NoteDraft(null, parsed.title(), body, date, noteKind, context, allTags, parsed.goals());
        Note note = services.notes().save(draft);
        out.println(note.id());
    }
}
