package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.learnlog.markdown.GoalMarkdown;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.StoreException;

/**
 * Imports a folder of Learnlog Markdown (a journal export, or notes exported one by one): goals
 * from {@code goals/}, then every other .md file as a note. Import is idempotent by id, and one bad
 * file never stops it: each file ends up in the report with what happened to it.
 */
public final class JournalImport {
    private final GoalRepository goals;
    private final NoteImport notes;

    public JournalImport(GoalRepository goals, NoteImport notes) {
        this.goals = goals;
        this.notes = notes;
    }

    public ImportReport importFrom(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> files = MarkdownFiles.under(root);
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(JournalLayout.GOALS)) {
                entries.add(each(relative, () -> importGoal(GoalMarkdown.read(MarkdownFiles.read(file)))));
            }
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (!relative.startsWith(JournalLayout.GOALS) && !relative.equals(JournalLayout.README)) {
                entries.add(each(relative, () -> notes.importNote(NoteMarkdown.read(MarkdownFiles.read(file)))));
            }
        }
        return new ImportReport(entries);
    }

    private Entry importGoal(Goal incoming) {
        return goals.findBySlug(incoming.slug()).map(existing -> {
            if (!existing.id().equals(incoming.id())) {
                return new Entry("", Outcome.SKIPPED, "Another goal already has the slug \"" + incoming.slug() + "\".");
            }
            return existing.equals(incoming) ? new Entry("", Outcome.UNCHANGED, "")
                    : new Entry("", Outcome.SKIPPED, "The journal's goal \"" + incoming.slug()
                            + "\" differs; import does not change goals yet.");
        }).orElseGet(() -> {
            goals.insert(incoming);
            return new Entry("", Outcome.IMPORTED, "");
        });
    }

    /** Runs one file's import; any failure becomes a SKIPPED entry with the reason. */
    private static Entry each(String path, FileImport work) {
        try {
            Entry entry = work.run();
            return new Entry(path, entry.outcome(), entry.detail());
        } catch (IllegalArgumentException | InvalidInputException | StoreException e) {
            return new Entry(path, Outcome.SKIPPED, e.getMessage());
        } catch (IOException e) {
            return new Entry(path, Outcome.SKIPPED, "Can't read the file: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface FileImport {
        Entry run() throws IOException;
    }
}
