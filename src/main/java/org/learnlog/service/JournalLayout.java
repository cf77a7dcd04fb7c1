package org.learnlog.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.learnlog.model.Aid;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Note;
import org.learnlog.model.Review;

/**
 * Where each note goes in a journal export: {@code notes/YYYY/MM/<safe title>.md}. The names depend
 * only on the notes, never on what the folder holds, so the same journal always exports the same files.
 */
final class JournalLayout {
    static final String README = "README.md";
    static final String GOALS = "goals/";
    static final String NOTES = "notes/";
    static final String AIDS = "aids/";
    static final String CHECK_INS = "check-ins/";
    static final String REVIEWS = "reviews/";
    static final Comparator<Note> ORDER = Comparator.comparing(Note::date).thenComparing(Note::created)
            .thenComparing(Note::id);

    private JournalLayout() {
    }

    /** Each note's path, relative to the export folder, oldest note first. */
    static Map<Note, String> paths(List<Note> notes) {
        Map<Note, String> paths = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        notes.stream().sorted(ORDER).forEach(note -> paths.put(note, freePath(note, taken)));
        return paths;
    }

    /** Each aid's path, {@code aids/<safe title>.md}, oldest aid first. */
    static Map<Aid, String> aidPaths(List<Aid> aids) {
        Map<Aid, String> paths = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        aids.stream().sorted(Comparator.comparing(Aid::created).thenComparing(Aid::id))
                .forEach(aid -> paths.put(aid, free(AIDS, SafeFileNames.stem(aid.title()), taken)));
        return paths;
    }

    static String goalPath(String slug) {
        return GOALS + slug + ".md";
    }

    /** {@code goals/<slug>/check-ins/<day>-<id>.md}: the id keeps two check-ins of one day apart. */
    static String checkInPath(String slug, CheckIn checkIn) {
        return GOALS + slug + "/" + CHECK_INS + checkIn.date() + "-" + checkIn.id() + ".md";
    }

    static String reviewPath(String slug, Review review) {
        return GOALS + slug + "/" + REVIEWS + review.date() + "-" + review.id() + ".md";
    }

    /** Whether {@code path} is a goal's own file, {@code goals/<slug>.md}, rather than part of its history. */
    static boolean isGoalFile(String path) {
        return path.startsWith(GOALS) && path.indexOf('/', GOALS.length()) < 0;
    }

    private static String freePath(Note note, Set<String> taken) {
        String folder = String.format(Locale.ROOT, "%s%04d/%02d/", NOTES, note.date().getYear(), note.date().getMonthValue());
        return free(folder, SafeFileNames.stem(note.title()), taken);
    }

    /** {@code folder + stem + ".md"}, numbered ({@code -2}, {@code -3}…) until no path in {@code taken} clashes. */
    static String free(String folder, String stem, Set<String> taken) {
        for (int n = 1; ; n++) {
            String path = folder + SafeFileNames.fileName(stem, n == 1 ? "" : "-" + n, ".md");
            // Case-insensitive, because on Windows and macOS "Git.md" and "git.md" are one file.
            if (taken.add(path.toLowerCase(Locale.ROOT))) {
                return path;
            }
        }
    }
}
