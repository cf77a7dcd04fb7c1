package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print a goal's numbers, progress, review dates and check-ins.")
final class GoalsShowCommand extends JournalCommand {
    @Parameters(paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Override
    void run(JournalServices services, PrintWriter out) {
        GoalReport report = services.reviews().report(goal);
        out.println(GoalsCommand.progressLine(report.progress()));
        report.schedule().lastReview().ifPresent(day -> out.println("Last review: " + day));
        out.println("Next review: " + report.schedule().nextDue());
        report.nextTry().ifPresent(next -> out.println("Next I will try: " + next.replace('\n', ' ')));
        out.println();
        out.println("  #  date        value  comment");
        int number = 0;
        for (CheckIn checkIn : report.checkIns()) {
            out.printf("%3d  %s  %5s  %s%n", ++number, checkIn.date(), MetricValues.format(checkIn.value()),
                    checkIn.comment().replace('\n', ' '));
        }
    }
}
