package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.MetricValues;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "checkin-delete", description = "Delete a check-in that was wrong.")
final class GoalsCheckInDeleteCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Parameters(index = "1", paramLabel = "N", description = "The check-in's number in learnlog goals show (1 is the oldest).")
    private int number;

    @Option(names = "--yes", description = "Confirm: without it, only says which check-in would be deleted.")
    private boolean confirmed;

    @Override
    void run(JournalServices services, PrintWriter out) {
        CheckIn checkIn = CheckInNumber.find(services, goal, number);
        String which = "check-in " + number + " (" + checkIn.date() + ", " + MetricValues.format(checkIn.value()) + ")";
        if (!confirmed) {
            throw new InvalidInputException("This deletes " + which + " of " + goal + ". Add --yes to delete it.");
        }
        services.tracking().delete(checkIn.id());
        out.println("Deleted " + which + ".");
        out.println(GoalsCommand.progressLine(services.tracking().progress(goal)));
    }
}
