package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.markdown.GoalHistoryMarkdown;
import org.learnlog.markdown.GoalMarkdown;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Aid;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.Review;
import org.learnlog.store.AidRepository;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.ReviewRepository;

/**
 * Exports the journal (or a filtered part of it) as a folder of Markdown that imports back without
 * loss: {@code notes/YYYY/MM/*.md}, {@code goals/<slug>.md} with the goal's check-ins and reviews in
 * {@code goals/<slug>/}, {@code aids/<title>.md} and a {@code README.md} index.
 */
public final class JournalExport {
    /** Marks a folder as a Learnlog export, which a later export may update in place. */
    static final String MARKER = ExportFolder.MANIFEST;

    private final Notes notes;
    private final Goals goals;
    private final AidRepository aids;
    private final CheckInRepository checkIns;
    private final ReviewRepository reviews;

    public JournalExport(Notes notes, Goals goals, AidRepository aids, CheckInRepository checkIns,
                         ReviewRepository reviews) {
        this.notes = notes;
        this.goals = goals;
        this.aids = aids;
        this.checkIns = checkIns;
        this.reviews = reviews;
    }

    /**
     * What an export did: how many notes, goals and aids it exported, the files it kept because they
     * were edited by hand since the last export (relative paths), and the files it removed because
     * their notes are no longer exported.
     */
    public record Result(Path folder, int notes, int goals, int aids, List<String> kept, List<String> removed) {
        public Result {
            kept = List.copyOf(kept);
            removed = List.copyOf(removed);
        }
    }

    public Result export(NoteFilter filter, Path folder) {
        return export(filter, folder, Progress.NONE, false);
    }

    /**
     * As {@link #export(NoteFilter, Path)}, reporting each note written; a cancel stops between files.
     * {@code force} writes over files edited by hand since the last export, and removes them with their
     * notes.
     */
    public Result export(NoteFilter filter, Path folder, Progress progress, boolean force) {
        List<Goal> allGoals = goals.all();
        checkFolder(folder);
        ExportFolder out = ExportFolder.open(folder, force);
        Result counts;
        try {
            counts = write(notes.load(filter), allGoals, aids.all(), out, progress, notes.attachments());
            writeHistory(allGoals, out);
        } catch (RuntimeException e) {
            // A cancelled or failed export still knows the files it wrote, so the next one can update them.
            out.abandon();
            throw e;
        }
        ExportFolder.Changes changes = out.finish();
        return new Result(counts.folder(), counts.notes(), counts.goals(), counts.aids(), changes.kept(), changes.removed());
    }

    /** Each goal's check-ins and reviews, one file each beside the goal's own file. */
    private void writeHistory(List<Goal> allGoals, ExportFolder writer) {
        Map<UUID, String> slugs = allGoals.stream().collect(Collectors.toMap(Goal::id, Goal::slug));
        // A goal deleted since the goals were read takes its history with it.
        for (CheckIn checkIn : checkIns.all()) {
            String slug = slugs.get(checkIn.goalId());
            if (slug != null) {
                writer.write(JournalLayout.checkInPath(slug, checkIn), bytes(GoalHistoryMarkdown.write(checkIn, slug)));
            }
        }
        for (Review review : reviews.all()) {
            String slug = slugs.get(review.goalId());
            if (slug != null) {
                writer.write(JournalLayout.reviewPath(slug, review), bytes(GoalHistoryMarkdown.write(review, slug)));
            }
        }
    }

    /** Writes the notes, goals and aids into {@code writer}'s folder. */
    private static Result write(List<Note> notes, List<Goal> allGoals, List<Aid> allAids, ExportFolder writer,
                                Progress progress, Attachments attachments) {
        Map<Note, String> paths = JournalLayout.paths(notes);
        writeNotes(List.copyOf(paths.entrySet()), new ExportLinks(paths, attachments), writer, progress);
        for (Goal goal : allGoals) {
            writer.write(JournalLayout.goalPath(goal.slug()), bytes(GoalMarkdown.write(goal)));
        }
        JournalLayout.aidPaths(allAids).forEach((aid, path) -> writer.write(path, bytes(AidMarkdown.write(aid))));
        writer.write(JournalLayout.README, bytes(ExportIndex.markdown(paths)));
        return new Result(writer.root(), notes.size(), allGoals.size(), allAids.size(), List.of(), List.of());
    }

    /**
     * Renders and writes the notes' files on every core, each worker a whole folder (a month) at a time:
     * threads creating files in one folder queue for its lock, and on two cores their spinning took a
     * quarter of an export. Each worker stops between two files on a cancel or on another's failure,
     * and all have stopped before this returns.
     */
    private static void writeNotes(List<Map.Entry<Note, String>> work, ExportLinks links, ExportFolder writer,
                                   Progress progress) {
        List<List<Map.Entry<Note, String>>> folders = List.copyOf(work.stream().collect(Collectors.groupingBy(
                file -> file.getValue().substring(0, file.getValue().lastIndexOf('/') + 1), LinkedHashMap::new,
                Collectors.toList())).values());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        // A file attached to two notes of one month is written once; each month is one worker's.
        Set<String> attached = ConcurrentHashMap.newKeySet();
        Runnable worker = () -> {
            try {
                for (int folder = next.getAndIncrement(); folder < folders.size(); folder = next.getAndIncrement()) {
                    for (Map.Entry<Note, String> file : folders.get(folder)) {
                        if (failed.get() || progress.isCancelled()) {
                            return;
                        }
                        writer.write(file.getValue(),
                                bytes(NoteMarkdown.write(links.asFile(file.getKey(), file.getValue()))));
                        links.besides(file.getKey(), file.getValue()).forEach((path, id) -> {
                            if (attached.add(path)) {
                                writer.write(path, links.content(id));
                            }
                        });
                        progress.done(done.incrementAndGet(), work.size());
                    }
                }
            } catch (RuntimeException e) {
                failed.set(true);
                throw e;
            }
        };
        List<CompletableFuture<Void>> helpers = IntStream.range(1, Runtime.getRuntime().availableProcessors())
                .mapToObj(helper -> CompletableFuture.runAsync(worker)).toList();
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (CompletableFuture<Void> helper : helpers) {
            try {
                helper.join();
            } catch (CompletionException e) {
                failure = failure != null ? failure : (RuntimeException) e.getCause();
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (done.get() < work.size()) {
            progress.checkCancelled("Export cancelled after " + done.get() + " of " + work.size()
                    + " notes; each file written is complete.");
        }
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
