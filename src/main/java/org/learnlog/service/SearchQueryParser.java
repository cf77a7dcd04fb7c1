package org.learnlog.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.learnlog.model.NoteKind;
import org.learnlog.model.SearchQuery;

/**
 * Reads what the user typed: free words, "exact phrases", -excluded words, and the filters tag:,
 * goal:, kind:, before:, after: and on:. It never fails: a part it can't use becomes a hint, and
 * anything else (AND, c++, %, a lone quote) is searched as text.
 */
public final class SearchQueryParser {
    /** Longer input is cut here; nobody types more, and a pasted page should not slow the search down. */
    static final int MAX_LENGTH = 1_000;
    /** No word is this long; such a token is pasted noise, and would match nothing. */
    static final int MAX_WORD = 100;

    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();
    private final List<NoteKind> kinds = new ArrayList<>();
    private final List<String> hints = new ArrayList<>();
    private LocalDate after;
    private LocalDate before;
    private LocalDate on;

    private SearchQueryParser() {
    }

    public static SearchQuery parse(String input) {
        SearchQueryParser parser = new SearchQueryParser();
        String text = input == null ? "" : input;
        if (text.length() > MAX_LENGTH) {
            parser.hints.add("Only the first 1,000 characters were searched.");
            text = text.substring(0, MAX_LENGTH);
        }
        parser.read(text);
        return new SearchQuery(parser.words, parser.phrases, parser.excluded, parser.tags, parser.goals, parser.kinds,
                parser.after, parser.before, parser.on, parser.hints);
    }

    private void read(String text) {
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '"') {
                at = phrase(text, at + 1, phrases);
            } else if (c == '-' && at + 1 < text.length() && text.charAt(at + 1) == '"') {
                at = phrase(text, at + 2, excluded);
            } else {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                token(text.substring(at, end));
                at = end;
            }
        }
    }

    /** Reads a phrase up to the closing quote, or to the end when it is never closed. */
    private int phrase(String text, int start, List<String> into) {
        int end = text.indexOf('"', start);
        String phrase = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
        if (!phrase.isEmpty()) {
            into.add(phrase);
        }
        return end < 0 ? text.length() : end + 1;
    }

    private void token(String token) {
        if (token.startsWith("-") && token.length() > 1) {
            excluded.add(token.substring(1));
            return;
        }
        int colon = token.indexOf(':');
        String field = colon > 0 ? token.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String value = colon > 0 ? token.substring(colon + 1) : "";
        switch (field) {
            case "tag" -> filter("tag:git", tags, value.replaceFirst("^#", ""));
            case "goal" -> filter("goal:review-speed", goals, value.replaceFirst("^\\+", ""));
            case "kind" -> kind(value);
            case "before", "after", "on" -> day(field, value);
            default -> word(token);
        }
    }

    private void word(String token) {
        if (token.length() > MAX_WORD) {
            String hint = "Words of more than 100 characters were left out.";
            if (!hints.contains(hint)) {
                hints.add(hint);
            }
        } else if (!token.equals("-")) {
            words.add(token);
        }
    }

    private void filter(String example, List<String> into, String name) {
        if (name.isBlank()) {
            hints.add("Give " + example.substring(0, example.indexOf(':') + 1) + " a name, e.g. " + example + ".");
        } else {
            into.add(name);
        }
    }

    private void kind(String value) {
        NoteKind.fromSlug(value).ifPresentOrElse(kinds::add, () -> hints.add("kind: is one of "
                + String.join(", ", Arrays.stream(NoteKind.values()).map(NoteKind::slug).toList())
                + (value.isEmpty() ? "." : "; \"" + value + "\" is not.")));
    }

    private void day(String field, String value) {
        try {
            LocalDate day = LocalDate.parse(value);
            switch (field) {
                case "before" -> before = day;
                case "after" -> after = day;
                default -> on = day;
            }
        } catch (DateTimeParseException e) {
            hints.add(field + ": needs a day like 2025-01-31" + (value.isEmpty() ? "." : "; \"" + value + "\" is not one."));
        }
    }
}
