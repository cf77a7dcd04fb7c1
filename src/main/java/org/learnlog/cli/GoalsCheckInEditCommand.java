package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.learnlog.model.CheckIn;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "checkin-edit", description = "Correct a check-in: its value, day or comment.")
final class GoalsCheckInEditCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Parameters(index = "1", paramLabel = "N", description = "The check-in's number in learnlog goals show (1 is the oldest).")
    private int number;

    @Option(names = "--value", paramLabel = "N", description = "The metric's value.")
    private Double value;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day measured.")
    private LocalDate date;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What happened.")
    private String comment;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (value == null && date == null && comment == null) {
            throw new InvalidInputException("Say what to correct: --value, --date or --comment.");
        }
        CheckIn old = CheckInNumber.find(services, goal, number);
        services.tracking().edit(old.id(), date != null ? date : old.date(), value != null ? value : old.value(),
                comment != null ? comment : old.comment(), old.evidence());
        out.println(GoalsCommand.progressLine(services.tracking().progress(goal)));
    }
}
