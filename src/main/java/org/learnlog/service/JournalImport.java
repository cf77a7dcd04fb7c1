package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.markdown.GoalHistoryMarkdown;
import org.learnlog.markdown.GoalMarkdown;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.service.formats.JoplinNotes;
import org.learnlog.service.formats.JrnlEntries;
import org.learnlog.service.formats.NoteReader;
import org.learnlog.service.formats.ObsidianNotes;
import org.learnlog.service.formats.PlainMarkdownNotes;
import org.learnlog.store.AidRepository;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.StoreException;

/**
 * Imports a folder of Markdown: a Learnlog export (goals from {@code goals/}, then every other .md
 * file as a note) or plain Markdown notes. Import is idempotent by id, and one bad file never stops
 * it: each file ends up in the report with what happened to it.
 */
public final class JournalImport {
    private final GoalRepository goals;
    private final NoteImport notes;
    private final Map<ImportFormat, NoteReader> readers = new EnumMap<>(ImportFormat.class);
    private final JrnlEntries jrnl;
    private final AidImport aids;
    private final GoalHistoryImport history;

    public JournalImport(GoalRepository goals, NoteImport notes, AidRepository aidRepository, GoalHistoryImport history,
                         ZoneId zone) {
        this.goals = goals;
        this.notes = notes;
        this.history = history;
        this.aids = new AidImport(aidRepository);
        readers.put(ImportFormat.LEARNLOG, (relative, text, modified) -> NoteMarkdown.read(text));
        readers.put(ImportFormat.OBSIDIAN, new ObsidianNotes(zone));
        readers.put(ImportFormat.JOPLIN, new JoplinNotes(zone));
        readers.put(ImportFormat.MARKDOWN, new PlainMarkdownNotes(zone));
        jrnl = new JrnlEntries(zone);
    }

    /** Whether {@code path} is one Markdown file, which an import takes on its own. */
    public static boolean isMarkdownFile(Path path) {
        return MarkdownFiles.isMarkdownFile(path);
    }

    /** Imports the folder in the format its shape shows. */
    public ImportReport importFrom(Path folder) {
        return importFrom(folder, null, Progress.NONE);
    }

    /**
     * Imports the folder as {@code format}, or as its shape shows when {@code format} is null,
     * reporting each file read; a cancel stops between two files, keeping what was imported.
     */
    public ImportReport importFrom(Path folder, ImportFormat format, Progress progress) {
        Path given = folder.toAbsolutePath().normalize();
        if (format == ImportFormat.JRNL || format == null && Files.isRegularFile(given)
                && given.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return importJrnl(given, progress);
        }
        // One Markdown file (a teammate's aid opened from a file manager) imports as its folder would, alone.
        boolean single = MarkdownFiles.isMarkdownFile(given);
        List<Path> files = single ? List.of(given) : MarkdownFiles.under(given);
        Path root = single ? given.getParent() : given;
        ImportFormat chosen = format != null ? format : ImportFormat.detect(root, files);
        List<Entry> entries = new ArrayList<>();
        List<Path> historyFiles = new ArrayList<>();
        if (chosen == ImportFormat.LEARNLOG) {
            for (Path file : files) {
                if (JournalLayout.isGoalFile(relative(root, file))) {
                    entries.add(each(relative(root, file), () -> importGoal(GoalMarkdown.read(MarkdownFiles.read(file)))));
                }
            }
        }
        boolean learnlog = chosen == ImportFormat.LEARNLOG;
        List<Path> noteFiles = new ArrayList<>();
        for (Path file : files) {
            String relative = relative(root, file);
            if (learnlog && relative.startsWith(JournalLayout.GOALS) && !JournalLayout.isGoalFile(relative)) {
                historyFiles.add(file);
            } else if (!learnlog || !relative.startsWith(JournalLayout.GOALS) && !relative.equals(JournalLayout.README)) {
                noteFiles.add(file);
            }
        }
        NoteReader reader = readers.get(chosen);
        ImportLinks links = new ImportLinks(noteFiles.stream().map(file -> relative(root, file)).toList(), reader,
                !learnlog, new ImportAttachments(root, notes.attachments()));
        importNotes(noteFiles, file -> ParsedFile.read(file, relative(root, file), reader, learnlog), links,
                entries, progress);
        // Check-ins point at notes (their evidence) and reviews at check-ins, so they come last, in that order.
        historyFiles.sort(Comparator.comparing(file -> relative(root, file).contains("/" + JournalLayout.REVIEWS)));
        for (Path file : historyFiles) {
            entries.add(each(relative(root, file), () -> importHistory(MarkdownFiles.read(file))));
        }
        return new ImportReport(chosen, entries);
    }

    private Entry importHistory(String text) {
        return switch (GoalHistoryMarkdown.type(text)) {
            case GoalHistoryMarkdown.CHECK_IN -> history.importCheckIn(GoalHistoryMarkdown.readCheckIn(text));
            case GoalHistoryMarkdown.REVIEW -> history.importReview(GoalHistoryMarkdown.readReview(text));
            default -> new Entry("", Outcome.SKIPPED, "Not a check-in or review of a goal; files in goals/ are a goal's history.");
        };
    }

    /**
     * Imports the note files in order, read ahead on another thread: an aid is imported at once, a
     * note joins the batch, a bad file is reported. A cancel stops between two files. A note that links
     * to a file read later, whose id only that file says, waits until every file was read.
     */
    private void importNotes(List<Path> files, Function<Path, ParsedFile> parse, ImportLinks links, List<Entry> entries,
                             Progress progress) {
        NoteBatch batch = new NoteBatch(notes, entries);
        List<ParsedFile> waiting = new ArrayList<>();
        try (ReadAhead<Path, ParsedFile> ahead = new ReadAhead<>(files, parse, NoteBatch.SIZE)) {
            for (int done = 0; done < files.size(); done++) {
                if (progress.isCancelled()) {
                    batch.flush();
                }
                progress.checkCancelled("Import cancelled after " + done + " of " + files.size()
                        + " files; what was imported so far stays in the journal.");
                progress.done(done + 1, files.size());
                ParsedFile file = ahead.next();
                if (file.skipped() != null) {
                    entries.add(file.skipped());
                } else if (file.aidText() != null) {
                    entries.add(each(file.relative(), () -> aids.importAid(AidMarkdown.read(file.aidText()))));
                } else {
                    links.read(file.relative(), file.note().id());
                    links.resolve(file.relative(), file.note()).ifPresentOrElse(
                            note -> batch.add(file.relative(), note), () -> waiting.add(file));
                }
            }
        }
        for (ParsedFile file : waiting) {
            batch.add(file.relative(), links.resolveNow(file.relative(), file.note()));
        }
        batch.flush();
    }

    private ImportReport importJrnl(Path file, Progress progress) {
        String name = file.getFileName().toString();
        List<Note> entries;
        try {
            entries = jrnl.read(name, MarkdownFiles.read(file));
        } catch (IOException e) {
            throw new InvalidInputException("Can't read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Can't import " + file + ": " + e.getMessage(), e);
        }
        List<Entry> report = new ArrayList<>();
        NoteBatch batch = new NoteBatch(notes, report);
        for (int index = 0; index < entries.size(); index++) {
            if (progress.isCancelled()) {
                batch.flush();
            }
            progress.checkCancelled("Import cancelled after " + index + " of " + entries.size()
                    + " entries; what was imported so far stays in the journal.");
            progress.done(index + 1, entries.size());
            batch.add(name + " entry " + (index + 1), entries.get(index));
        }
        batch.flush();
        return new ImportReport(ImportFormat.JRNL, report);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
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

    /** Runs one file's import; any failure becomes a SKIPPED entry with the reason. Null when the work left its entry to a batch. */
    private static Entry each(String path, FileImport work) {
        try {
            Entry entry = work.run();
            return entry == null ? null : new Entry(path, entry.outcome(), entry.detail());
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
