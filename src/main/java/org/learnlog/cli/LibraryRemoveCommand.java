package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = {"Forget a team library and delete this journal's copy of it.",
        "The aids and notes you adopted from it stay in your journal; the library itself is not touched."})
final class LibraryRemoveCommand extends JournalCommand {
    @Parameters(paramLabel = "NAME", description = "The library.")
    private String name;

    @Option(names = "--yes", description = "Confirm: without it, only says what would go.")
    private boolean confirmed;

    @Option(names = "--force", description = "Remove it even though changes of yours wait to be sent to it.")
    private boolean force;

    @Override
    void run(JournalServices services, PrintWriter out) {
        services.libraries().find(name);
        if (!confirmed) {
            throw new InvalidInputException("Removing " + name + " forgets it, what you saw in it and your feedback on "
                    + "it, and deletes this journal's copy; what you adopted stays. Add --yes to remove it.");
        }
        services.libraries().remove(name, force);
        out.println("Removed the library " + name + "; what you adopted from it stays in your journal.");
    }
}
