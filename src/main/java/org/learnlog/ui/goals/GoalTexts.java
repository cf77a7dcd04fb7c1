package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Locale;
import org.learnlog.model.Direction;
import org.learnlog.model.EvidenceSummary;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.ui.Messages;

/** The sentences of a goal's page: its metric, its numbers from baseline to target, its evidence at a glance. */
final class GoalTexts {
    private final Messages messages;
    private final GoalBadges badges;

    GoalTexts(Messages messages) {
        this.messages = messages;
        this.badges = new GoalBadges(messages);
    }

    GoalBadges badges() {
        return badges;
    }

    /** "median PR review turnaround (h), lower is better · reviewed weekly" */
    String metric(Goal goal) {
        String unit = goal.unit().isEmpty() ? "" : " (" + goal.unit() + ")";
        return messages.text(goal.direction() == Direction.LOWER_IS_BETTER ? "goal.metricLower" : "goal.metricHigher",
                goal.metric() + unit, messages.text("goal.cadence." + goal.cadence().name().toLowerCase(Locale.ROOT)));
    }

    /** Baseline → latest → target, the share of the way, the days left and the next review. */
    String numbers(GoalReport report, LocalDate today) {
        GoalProgress progress = report.progress();
        Goal goal = report.goal();
        return messages.text("goal.numbers", value(goal, goal.baseline()), goal.baselineDate(),
                value(goal, progress.latestValue()), value(goal, goal.target()), goal.due(), badges.percent(progress),
                progress.daysLeft() >= 0 ? messages.text("goal.daysLeft", progress.daysLeft())
                        : messages.text("goal.overdue", -progress.daysLeft()),
                report.schedule().isDue(today) ? messages.text("goal.reviewDue", report.schedule().nextDue())
                        : messages.text("goal.nextReview", report.schedule().nextDue()));
    }

    /** "3 notes since the last check-in · last note 2026-11-27" */
    String evidence(EvidenceSummary summary) {
        return messages.text("goal.evidence", summary.notesSinceLastCheckIn(),
                summary.lastNote().map(Object::toString).orElse(messages.text("goal.noNote")));
    }

    static String value(Goal goal, double number) {
        return MetricValues.format(number) + (goal.unit().isEmpty() ? "" : " " + goal.unit());
    }
}
