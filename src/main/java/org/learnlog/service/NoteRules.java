package org.learnlog.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.Tags;
import org.learnlog.store.GoalRepository;

/** What a note must be before it is stored: a title, sane sizes, valid tags and goals that exist. */
final class NoteRules {
    static final int MAX_TITLE = 500;
    static final int MAX_CONTEXT = 2000;
    static final int MAX_TAGS = 500;
    /** Far above any real note (a 10 MB body is fine) and below what would strain the window. */
    static final int MAX_BODY = 20_000_000;
    private static final int DERIVED_TITLE = 80;

    private final GoalRepository goals;

    NoteRules(GoalRepository goals) {
        this.goals = goals;
    }

    NoteDraft check(NoteDraft draft) {
        if (draft.isBlank()) {
            throw new InvalidInputException("The note is empty. Give it a title or some text.");
        }
        String title = draft.title().strip().isEmpty() ? titleFromBody(draft.body()) : oneLine(draft.title());
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("The title is " + title.length() + " characters long; the most is "
                    + MAX_TITLE + ". Move the rest into the text.");
        }
        if (draft.body().length() > MAX_BODY) {
            int length = draft.body().length();
            throw new InvalidInputException(String.format(Locale.ENGLISH, "The text is %,d characters long, %,d over the "
                    + "limit of %,d that a note holds. Split it into several notes.", length, length - MAX_BODY, MAX_BODY));
        }
        for (String text : List.of(draft.title(), draft.body(), draft.context(), String.join(" ", draft.tags()))) {
            refuseUnstorable(text);
        }
        if (draft.tags().size() > MAX_TAGS) {
            throw new InvalidInputException("The note has " + draft.tags().size() + " tags; the most is " + MAX_TAGS + ".");
        }
        String context = draft.context();
        if (context.length() > MAX_CONTEXT) {
            throw new InvalidInputException("The context is longer than " + MAX_CONTEXT + " characters.");
        }
        List<String> tags;
        try {
            tags = Tags.normalizeAll(draft.tags());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        return new NoteDraft(draft.id(), title, draft.body(), draft.date(), draft.kind(), context, tags,
                checkGoals(draft.goals()));
    }

    private List<String> checkGoals(List<String> requested) {
        List<String> slugs = new ArrayList<>();
        for (String raw : new LinkedHashSet<>(requested)) {
            String slug = raw.strip().replaceFirst("^\\+", "").toLowerCase(Locale.ROOT);
            if (goals.findBySlug(slug).isEmpty()) {
                throw new NotFoundException("There is no goal \"" + slug + "\".", Goals.LIST_GOALS);
            }
            slugs.add(slug);
        }
        slugs.sort(null);
        return List.copyOf(new LinkedHashSet<>(slugs));
    }

    /**
     * A NUL, or half of a surrogate pair (half an emoji, say), can't be written as UTF-8 Markdown, so
     * the note could not leave the journal as it came in: refused, saying where.
     */
    private static void refuseUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                i++;
            } else if (c == '\0' || Character.isSurrogate(c)) {
                throw new InvalidInputException("The text has a character that can't be stored (" + (c == '\0' ? "NUL"
                        : "half of a surrogate pair") + ") at position " + (i + 1) + ". Remove it and save again.");
            }
        }
    }

    private static String titleFromBody(String body) {
        String line = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = line.replaceFirst("^#+\\s*", "");
        if (line.isEmpty()) {
            return "Untitled";
        }
        return line.length() > DERIVED_TITLE ? line.substring(0, DERIVED_TITLE).strip() + "…" : line;
    }

    /** Titles are one line; pasted line breaks become spaces. Contexts may span lines. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
