package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.learnlog.model.Goal;
import org.learnlog.model.MetricValues;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;

@Command(name = "goals", description = "List your goals: slug, title, metric, baseline → target and due date.",
        subcommands = GoalsAddCommand.class)
final class GoalsCommand extends JournalCommand {

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (Goal goal : services.goals().all()) {
            out.println(line(goal));
        }
    }

    static String line(Goal goal) {
        return goal.slug() + "  " + goal.title() + "  " + goal.metric() + ": " + MetricValues.format(goal.baseline()) + " → "
                + MetricValues.format(goal.target()) + (goal.unit().isEmpty() ? "" : " " + goal.unit()) + " by " + goal.due()
                + "  (" + goal.status().name().toLowerCase(Locale.ROOT) + ")";
    }
}
