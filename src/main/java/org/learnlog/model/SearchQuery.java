package org.learnlog.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed search: words and phrases that must appear, words that must not, filters by tag, goal,
 * kind and day, and hints about the parts that could not be used (shown to the user, never thrown).
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> excluded, List<String> tags,
                          List<String> goals, List<NoteKind> kinds, LocalDate after, LocalDate before, LocalDate on,
                          List<String> hints) {

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        tags = List.copyOf(tags);
        goals = List.copyOf(goals);
        kinds = List.copyOf(kinds);
        hints = List.copyOf(hints);
    }

    /** True when nothing asks for text: the results are then the filtered notes, newest first. */
    public boolean hasNoText() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** True when the query would match every note: nothing to search for and nothing to filter by. */
    public boolean isEmpty() {
        return hasNoText() && hasNoFilters();
    }

    /** True when the query is a single word and nothing else, which is how most searches begin. */
    public boolean isOneWord() {
        return words.size() == 1 && phrases.isEmpty() && hasNoFilters();
    }

    /** True when nothing narrows the matches: no excluded words, and no tag, goal, kind or day. */
    private boolean hasNoFilters() {
        return excluded.isEmpty() && tags.isEmpty() && goals.isEmpty() && kinds.isEmpty()
                && after == null && before == null && on == null;
    }
}
