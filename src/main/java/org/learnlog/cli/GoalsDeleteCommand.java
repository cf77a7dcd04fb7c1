package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete a goal with its check-ins and reviews. Its notes are kept, unlinked.")
final class GoalsDeleteCommand extends JournalCommand {
    @Parameters(paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Option(names = "--yes", description = "Confirm: without it, only says what would be deleted.")
    private boolean confirmed;

    @Override
    void run(JournalServices services, PrintWriter out) {
        int notes = services.goals().linkedNotes(goal);
        if (!confirmed) {
            throw new InvalidInputException("Deleting " + goal + " removes its check-ins and reviews and unlinks "
                    + notes + (notes == 1 ? " note" : " notes") + " (the notes are kept). Add --yes to delete it.");
        }
        services.goals().delete(goal);
        out.println("Deleted " + goal + "; " + notes + (notes == 1 ? " note was" : " notes were") + " unlinked and kept.");
    }
}
