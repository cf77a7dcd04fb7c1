package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;

@Command(name = "library", description = {"The team libraries you publish aids and notes to and adopt them from.",
        "Alone, lists them: name, where it is, and when it was last synced."},
        subcommands = {LibraryAddCommand.class, LibraryListCommand.class, LibrarySyncCommand.class,
            LibraryTokenCommand.class, LibraryRemoveCommand.class})
final class LibraryCommand extends JournalCommand {

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (TeamLibrary library : services.libraries().all()) {
            out.println(library.name() + "  " + library.location() + "  " + (library.git() ? "git" : "folder") + "  "
                    + library.synced().map(when -> "synced " + when).orElse("not synced yet"));
        }
    }
}
