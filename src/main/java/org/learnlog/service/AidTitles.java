package org.learnlog.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;

/** A first title for a new aid, from its template and what it was made from; the user may change it. */
final class AidTitles {

    private AidTitles() {
    }

    static String of(AidRequest request, List<Note> notes, Optional<Goal> goal, LocalDate monday) {
        String subject = request.filter().tag() != null ? request.filter().tag()
                : goal.map(Goal::title).orElse(notes.isEmpty() ? "" : notes.get(0).title());
        return switch (request.template()) {
            case "checklist" -> "Checklist: " + subject;
            case "how-to" -> "How to: " + subject;
            case "weekly-digest" -> "Weekly digest, week of " + monday;
            case "goal-review" -> "Goal review: " + goal.map(Goal::title).orElse(subject);
            default -> subject;
        };
    }
}
