package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "status", description = "Mark a goal active, achieved or dropped (as of today).")
final class GoalsStatusCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Parameters(index = "1", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
    private GoalStatus status;

    @Override
    void run(JournalServices services, PrintWriter out) {
        Goal changed = services.goals().setStatus(goal, status);
        out.println(changed.slug() + " is " + changed.status().name().toLowerCase(Locale.ROOT)
                + " since " + changed.statusChanged());
    }
}
