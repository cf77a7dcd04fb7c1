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
            throw new InvalidInputException("The text is " + draft.body().length() / 1_000_000
                    + " million characters long; the most a note holds is " + MAX_BODY / 1_000_000 + " million.");
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
                throw new NotFoundException("There is no goal \"" + slug + "\". `learnlog goals` lists the goals.");
            }
            slugs.add(slug);
        }
        slugs.sort(null);
        return List.copyOf(new LinkedHashSet<>(slugs));
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
