package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learnlog.service.CheckInResult;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "checkin", description = "Record where a goal's metric stands now, and print the goal's progress.")
final class CheckInCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Parameters(index = "1", paramLabel = "VALUE", description = "The metric's value, e.g. 14.")
    private double value;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day measured (default: today).")
    private LocalDate date;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What happened.")
    private String comment = "";

    @Option(names = "--evidence", arity = "1..*", paramLabel = "ID", description = "Notes that moved the metric.")
    private List<String> evidence = new ArrayList<>();

    @Override
    void run(JournalServices services, PrintWriter out) {
        List<UUID> notes = evidence.stream().map(id -> services.notes().findByShortId(id).id()).toList();
        CheckInResult result = services.tracking().checkIn(goal, value, date, comment, notes);
        out.println(GoalsCommand.progressLine(result.progress()));
        if (result.reachedTarget()) {
            String slug = result.progress().goal().slug();
            out.println("You reached the target. Mark the goal achieved: learnlog goals status " + slug + " achieved");
        }
    }
}
