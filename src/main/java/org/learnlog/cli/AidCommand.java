package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.AidFormat;
import org.learnlog.service.AidRequest;
import org.learnlog.service.FileExistsException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "aid", description = {"Make a performance aid from notes, save it, and write it to a file.",
        "Templates: checklist, how-to, til, weekly-digest, goal-review, and your own in",
        "<data dir>/templates/."})
final class AidCommand extends JournalCommand {
    @Option(names = "--template", required = true, paramLabel = "NAME", description = "Which template.")
    private String template;

    @Option(names = "--note", paramLabel = "ID", description = "A note to use (repeatable); by default, what --tag or --goal match.")
    private List<String> noteIds = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Use the notes with this tag.")
    private String tag;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Use the notes linked to this goal.")
    private String goal;

    @Option(names = "--week", paramLabel = "YYYY-MM-DD", description = "For weekly-digest: a day of the week (default: this week).")
    private LocalDate week;

    @Option(names = "--title", paramLabel = "TEXT", description = "The aid's title (default: made from what it covers).")
    private String title;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write: .md, .html for a web page, or .pdf to print.")
    private Path file;

    @Option(names = "--force", description = "Write over FILE if it is there already.")
    private boolean force;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (!force && Files.exists(file)) {
            // Checked before the aid is made and saved, so a refused command leaves no new version behind.
            throw new FileExistsException(List.of(file.toAbsolutePath()));
        }
        String slug = goal == null ? null : services.goals().find(goal).slug();
        List<UUID> ids = noteIds.stream().map(id -> services.notes().findByShortId(id).id()).toList();
        Aid aid = services.aids().save(services.aids().make(
                new AidRequest(template, ids, new NoteFilter(tag, slug, null), week, title)));
        Path written = services.aids().export(aid, file, AidFormat.of(file), true);
        int count = aid.sourceNotes().size();
        out.println("Wrote \"" + aid.title() + "\" (" + count + (count == 1 ? " note" : " notes") + ") to " + written);
    }
}
