package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", description = "Change a goal's words or numbers; its slug stays, so its notes stay linked.")
final class GoalsEditCommand extends JournalCommand {
    @Parameters(paramLabel = "GOAL", description = "The goal's slug.")
    private String slug;

    @Option(names = "--title", description = "A new title.")
    private String title;

    @Option(names = "--why", description = "Why this goal matters to you.")
    private String why;

    @Option(names = "--metric", description = "What \"better\" means.")
    private String metric;

    @Option(names = "--unit", description = "e.g. h.")
    private String unit;

    @Option(names = "--baseline", paramLabel = "N", description = "Where you were on the baseline date.")
    private Double baseline;

    @Option(names = "--target", paramLabel = "N", description = "Where you want to be.")
    private Double target;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "When.")
    private LocalDate due;

    @Option(names = "--lower-is-better", description = "The metric improves as it falls.")
    private boolean lowerIsBetter;

    @Option(names = "--higher-is-better", description = "The metric improves as it rises.")
    private boolean higherIsBetter;

    @Option(names = "--cadence", description = "How often to review: ${COMPLETION-CANDIDATES}.")
    private Cadence cadence;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (lowerIsBetter && higherIsBetter) {
            throw new InvalidInputException("Choose one of --lower-is-better and --higher-is-better.");
        }
        if (title == null && why == null && metric == null && unit == null && baseline == null && target == null
                && due == null && !lowerIsBetter && !higherIsBetter && cadence == null) {
            throw new InvalidInputException("Say what to change, e.g. --target 8 or --due 2027-06-30; "
                    + "learnlog goals edit --help lists the options.");
        }
        Goal goal = services.goals().find(slug);
        Direction direction = lowerIsBetter ? Direction.LOWER_IS_BETTER
                : higherIsBetter ? Direction.HIGHER_IS_BETTER : goal.direction();
        GoalDraft draft = new GoalDraft(or(title, goal.title()), or(why, goal.why()), or(metric, goal.metric()),
                or(unit, goal.unit()), direction, or(baseline, goal.baseline()), or(target, goal.target()),
                or(due, goal.due()), or(cadence, goal.cadence()));
        services.goals().edit(goal.slug(), draft);
        out.println(GoalsCommand.progressLine(services.tracking().progress(goal.slug())));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
