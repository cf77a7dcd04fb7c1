package org.learnlog.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Goal;
import org.learnlog.store.NoteRepository;

/** What makes a check-in valid, each failure with a message that says what to fix. */
final class CheckInRules {
    static final int MAX_COMMENT = 2000;

    private final NoteRepository notes;

    CheckInRules(NoteRepository notes) {
        this.notes = notes;
    }

    /** The comment, stripped, once the value, day, comment and evidence are known to be fine. */
    String check(Goal goal, double value, LocalDate day, LocalDate today, String comment, List<UUID> evidence) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("The value must be a number.");
        }
        if (day.isBefore(goal.baselineDate())) {
            throw new InvalidInputException("A check-in can't be before the goal's baseline date, " + goal.baselineDate() + ".");
        }
        if (day.isAfter(today)) {
            throw new InvalidInputException("A check-in can't be dated in the future (" + day + "). Use today, "
                    + today + ", or an earlier day.");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("Keep the comment under 2,000 characters.");
        }
        for (UUID note : evidence) {
            if (notes.find(note).isEmpty()) {
                throw new NotFoundException("No note has the id " + note + ".");
            }
        }
        return text;
    }
}
