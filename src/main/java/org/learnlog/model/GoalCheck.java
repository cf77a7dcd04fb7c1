package org.learnlog.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a goal as entered, field by field, so a dialog can say it next to the field and
 * the service can refuse it with the same words.
 */
public final class GoalCheck {
    public static final int MAX_TEXT = 300;
    public static final int MAX_UNIT = 50;

    /** The field a problem is about. */
    public enum Field { TITLE, METRIC, UNIT, BASELINE, TARGET, DUE }

    /** One problem, in a sentence. */
    public record Problem(Field field, String message) {
    }

    private GoalCheck() {
    }

    /** The problems of {@code draft} for a goal whose baseline was measured on {@code baselineDate}. */
    public static List<Problem> problems(GoalDraft draft, LocalDate baselineDate) {
        List<Problem> problems = new ArrayList<>();
        if (draft.title().isEmpty()) {
            problems.add(new Problem(Field.TITLE, "A goal needs a title."));
        } else if (draft.title().length() > MAX_TEXT) {
            problems.add(new Problem(Field.TITLE, "Keep the title under " + MAX_TEXT + " characters."));
        }
        if (draft.metric().isEmpty()) {
            problems.add(new Problem(Field.METRIC,
                    "A goal needs a metric: what \"better\" means, e.g. \"median PR review turnaround\"."));
        } else if (draft.metric().length() > MAX_TEXT) {
            problems.add(new Problem(Field.METRIC, "Keep the metric under " + MAX_TEXT + " characters."));
        }
        if (draft.unit().length() > MAX_UNIT) {
            problems.add(new Problem(Field.UNIT, "Keep the unit under " + MAX_UNIT + " characters."));
        }
        numbers(draft, problems);
        if (draft.due() == null) {
            problems.add(new Problem(Field.DUE, "A goal needs a due date, e.g. " + baselineDate.plusMonths(3) + "."));
        } else if (!draft.due().isAfter(baselineDate)) {
            problems.add(new Problem(Field.DUE, "The due date must be after the baseline date, " + baselineDate + "."));
        }
        return problems;
    }

    private static void numbers(GoalDraft draft, List<Problem> problems) {
        boolean baseline = Double.isFinite(draft.baseline());
        boolean target = Double.isFinite(draft.target());
        if (!baseline) {
            problems.add(new Problem(Field.BASELINE, "The baseline must be a number, e.g. 24."));
        }
        if (!target) {
            problems.add(new Problem(Field.TARGET, "The target must be a number, e.g. 8."));
        }
        if (!baseline || !target) {
            return;
        }
        if (draft.baseline() == draft.target()) {
            problems.add(new Problem(Field.TARGET, "The target must differ from the baseline."));
        } else if ((draft.target() > draft.baseline()) != (draft.direction() == Direction.HIGHER_IS_BETTER)) {
            problems.add(new Problem(Field.TARGET, draft.direction() == Direction.HIGHER_IS_BETTER
                    ? "Higher is better, so the target must be above the baseline. Swap them, or choose lower is better."
                    : "Lower is better, so the target must be below the baseline. Swap them, or choose higher is better."));
        }
    }
}
