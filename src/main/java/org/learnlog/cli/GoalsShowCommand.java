package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.MetricValues;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print a goal's numbers, progress and check-ins.")
final class GoalsShowCommand extends JournalCommand {
    @Parameters(paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Override
    void run(JournalServices services, PrintWriter out) {
        out.println(GoalsCommand.progressLine(services.tracking().progress(goal)));
        out.println();
        out.println("date        value  comment");
        for (CheckIn checkIn : services.tracking().checkIns(goal)) {
            out.printf("%s  %5s  %s%n", checkIn.date(), MetricValues.format(checkIn.value()),
                    checkIn.comment().replace('\n', ' '));
        }
    }
}
