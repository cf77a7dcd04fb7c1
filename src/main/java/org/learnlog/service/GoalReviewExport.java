package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learnlog.markdown.GoalReviewMarkdown;
import org.learnlog.markdown.NoteGist;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.GoalReport;
import org.learnlog.model.Note;
import org.learnlog.model.NoteSummary;

/**
 * Writes a goal review: {@code NAME.md}, its evidence notes in {@code NAME-notes/} so the links work
 * wherever the files go, and, from the app, the progress chart as {@code NAME-progress.png}.
 */
public final class GoalReviewExport {
    static final int GIST_LENGTH = 200;

    private final Reviews reviews;
    private final Notes notes;
    private final Clock clock;

    public GoalReviewExport(Reviews reviews, Notes notes, Clock clock) {
        this.reviews = reviews;
        this.notes = notes;
        this.clock = clock;
    }

    /**
     * Writes the review of {@code slug} to {@code file}; {@code chartPng} may be null. Returns the files
     * written, the review first. Unless {@code replace}, it writes none if any would replace a file that
     * holds something else.
     * @throws FileExistsException naming those files, when {@code replace} is false
     */
    public List<Path> write(String slug, Path file, byte[] chartPng, boolean replace) {
        GoalReport report = reviews.report(slug);
        Path target = file.toAbsolutePath().normalize();
        if (target.getFileName() == null || Files.isDirectory(target)) {
            throw new InvalidInputException(target + " is a folder. Give a file name, e.g. review.md.");
        }
        String name = target.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        FolderWriter writer = new FolderWriter(target.getParent());
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<UUID, String> links = new HashMap<>();
        Map<UUID, String> gists = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Note> evidence = notes.load(report.evidence().stream().map(NoteSummary::id).toList());
        for (Note note : evidence) {
            String link = JournalLayout.free(stem + "-notes/", SafeFileNames.stem(note.title()), taken);
            files.put(link, bytes(NoteMarkdown.write(note)));
            links.put(note.id(), link);
            gists.put(note.id(), NoteGist.of(note.body(), GIST_LENGTH));
        }
        String chart = null;
        if (chartPng != null) {
            chart = stem + "-progress.png";
            files.put(chart, chartPng);
        }
        String document = GoalReviewMarkdown.write(report, links, gists, chart, LocalDate.now(clock));
        Map<String, byte[]> reviewFirst = new LinkedHashMap<>();
        reviewFirst.put(name, bytes(document));
        reviewFirst.putAll(files);
        return writer.writeAll(reviewFirst, replace);
    }

    /** The review as one Markdown document on its own: evidence notes by title and gist, without links. */
    public String markdown(String slug) {
        GoalReport report = reviews.report(slug);
        Map<UUID, String> gists = new HashMap<>();
        notes.load(report.evidence().stream().map(NoteSummary::id).toList())
                .forEach(note -> gists.put(note.id(), NoteGist.of(note.body(), GIST_LENGTH)));
        return GoalReviewMarkdown.write(report, Map.of(), gists, null, LocalDate.now(clock));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
