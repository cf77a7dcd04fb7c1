package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.markdown.GoalMarkdown;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.store.AidRepository;

/**
 * Exports the journal (or a filtered part of it) as a folder of Markdown that imports back without
 * loss: {@code notes/YYYY/MM/*.md}, {@code goals/<slug>.md}, {@code aids/<title>.md} and a
 * {@code README.md} index.
 */
public final class JournalExport {
    /** Marks a folder as a Learnlog export, which a later export may update in place. */
    static final String MARKER = ".learnlog-export";

    private final Journal journal;
    private final Goals goals;
    private final AidRepository aids;

    public JournalExport(Journal journal, Goals goals, AidRepository aids) {
        this.journal = journal;
        this.goals = goals;
        this.aids = aids;
    }

    /** What an export wrote. */
    public record Result(Path folder, int notes, int goals, int aids) {
    }

    public Result export(NoteFilter filter, Path folder) {
        return export(filter, folder, Progress.NONE);
    }

    /** As {@link #export(NoteFilter, Path)}, reporting each note written; a cancel stops between files. */
    public Result export(NoteFilter filter, Path folder, Progress progress) {
        return write(journal.load(filter), goals.all(), aids.all(), folder, progress);
    }

    /**
     * Writes the notes and goals into {@code folder}, which must be empty, new, or an earlier
     * Learnlog export (then the files this export owns are replaced; nothing else is touched).
     */
    Result write(List<Note> notes, List<Goal> allGoals, List<Aid> allAids, Path folder, Progress progress) {
        checkFolder(folder);
        FolderWriter writer = new FolderWriter(folder);
        writer.write(MARKER, "Written by Learnlog. Export the journal here again to update it.\n".getBytes(StandardCharsets.UTF_8));
        Map<Note, String> paths = JournalLayout.paths(notes);
        int done = 0;
        for (Map.Entry<Note, String> entry : paths.entrySet()) {
            progress.checkCancelled("Export cancelled after " + done + " of " + notes.size()
                    + " notes; each file written is complete.");
            writer.write(entry.getValue(), bytes(NoteMarkdown.write(entry.getKey())));
            progress.done(++done, notes.size());
        }
        for (Goal goal : allGoals) {
            writer.write(JournalLayout.goalPath(goal.slug()), bytes(GoalMarkdown.write(goal)));
        }
        JournalLayout.aidPaths(allAids).forEach((aid, path) -> writer.write(path, bytes(AidMarkdown.write(aid))));
        writer.write(JournalLayout.README, bytes(ExportIndex.markdown(paths)));
        return new Result(writer.root(), notes.size(), allGoals.size(), allAids.size());
    }

    private static void checkFolder(Path folder) {
        if (!Files.isDirectory(folder) || Files.exists(folder.resolve(MARKER))) {
            return;
        }
        List<Path> contents = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.limit(1).forEach(contents::add);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("Can't read the folder " + folder + ": " + e.getMessage(), e);
        }
        if (!contents.isEmpty()) {
            throw new InvalidInputException("The folder " + folder.toAbsolutePath()
                    + " is not empty and holds no earlier Learnlog export. Choose an empty or new folder.");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
