package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add", description = "Set a goal and print its slug (use it as +slug when you capture).")
final class GoalsAddCommand extends JournalCommand {
    @Option(names = "--title", required = true, description = "e.g. \"Review speed\".")
    private String title;

    @Option(names = "--metric", required = true, description = "What \"better\" means, e.g. \"median PR review turnaround\".")
    private String metric;

    @Option(names = "--unit", description = "e.g. h.")
    private String unit = "";

    @Option(names = "--baseline", required = true, paramLabel = "N", description = "Where you are today.")
    private double baseline;

    @Option(names = "--target", required = true, paramLabel = "N", description = "Where you want to be.")
    private double target;

    @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "When.")
    private LocalDate due;

    @Option(names = "--lower-is-better", description = "The metric improves as it falls.")
    private boolean lowerIsBetter;

    @Option(names = "--cadence", description = "How often to review: ${COMPLETION-CANDIDATES} (default: weekly).")
    private Cadence cadence = Cadence.WEEKLY;

    @Option(names = "--why", description = "Why this goal matters to you.")
    private String why = "";

    @Override
    void run(JournalServices services, PrintWriter out) {
        Direction direction = lowerIsBetter ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Goal goal = services.goals().create(new GoalDraft(title, why, metric, unit, direction, baseline, target, due, cadence));
        out.println(goal.slug());
    }
}
