package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.MetricValues;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;

@Command(name = "goals", description = "List your goals with their progress: latest value, share of the way, on track or behind.",
        subcommands = {GoalsAddCommand.class, GoalsShowCommand.class, GoalsEditCommand.class, GoalsStatusCommand.class,
            GoalsDeleteCommand.class, GoalsCheckInEditCommand.class, GoalsCheckInDeleteCommand.class})
final class GoalsCommand extends JournalCommand {

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (GoalProgress progress : services.tracking().all()) {
            out.println(progressLine(progress));
        }
    }

    /** slug, title, metric: baseline → target by due; latest, percent, on track or behind, days left; status. */
    static String progressLine(GoalProgress progress) {
        Goal goal = progress.goal();
        String unit = goal.unit().isEmpty() ? "" : " " + goal.unit();
        return goal.slug() + "  " + goal.title() + "  " + goal.metric() + ": " + MetricValues.format(goal.baseline())
                + " → " + MetricValues.format(goal.target()) + unit + " by " + goal.due()
                + "  now " + MetricValues.format(progress.latestValue()) + unit + ", "
                + Math.round(progress.progress() * 100) + "%, " + (progress.onTrack() ? "on track" : "behind") + ", "
                + progress.daysLeft() + " days left  (" + goal.status().name().toLowerCase(Locale.ROOT) + ")";
    }
}
