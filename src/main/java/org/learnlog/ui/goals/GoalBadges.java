package org.learnlog.ui.goals;

import java.util.Locale;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.MetricValues;
import org.learnlog.ui.Messages;

/** The words and style class for a goal's state, the same on the Goals screen and the goal's page. */
final class GoalBadges {
    private final Messages messages;

    GoalBadges(Messages messages) {
        this.messages = messages;
    }

    /** "on track", "behind", "achieved" or "dropped". */
    String badge(GoalProgress progress) {
        return messages.text("goal.badge." + key(progress));
    }

    /** The badge's style class, e.g. {@code badge-behind}. */
    String styleClass(GoalProgress progress) {
        return "badge-" + key(progress);
    }

    /** "14 h → 10 h · 32 days left" (or "3 days overdue"). */
    String numbers(GoalProgress progress) {
        String unit = progress.goal().unit().isEmpty() ? "" : " " + progress.goal().unit();
        String left = progress.daysLeft() >= 0 ? messages.text("goal.daysLeft", progress.daysLeft())
                : messages.text("goal.overdue", -progress.daysLeft());
        return MetricValues.format(progress.latestValue()) + unit + " → " + MetricValues.format(progress.goal().target())
                + unit + " · " + left;
    }

    String percent(GoalProgress progress) {
        return Math.round(progress.progress() * 100) + " %";
    }

    private static String key(GoalProgress progress) {
        if (progress.goal().status() != GoalStatus.ACTIVE) {
            return progress.goal().status().name().toLowerCase(Locale.ROOT);
        }
        return progress.onTrack() ? "onTrack" : "behind";
    }
}
