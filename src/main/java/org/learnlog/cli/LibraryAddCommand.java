package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "add", description = {"Add a team library: a git remote (ssh://…, https://…, git@host:team/aids.git, "
        + "or the path of a bare repository), or a plain shared folder.",
        "A git library is copied into the journal's folder now; Learnlog connects to it only when you sync, publish, "
        + "adopt or give feedback."})
final class LibraryAddCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Your short name for it, e.g. team.")
    private String name;

    @Parameters(index = "1", paramLabel = "REMOTE|PATH", description = "Where the library is.")
    private String location;

    @Override
    void run(JournalServices services, PrintWriter out) {
        TeamLibrary library = services.libraries().add(name, location);
        int items = services.libraries().size(name);
        out.println("Added the library " + library.name() + " (" + (library.git() ? "git" : "a shared folder") + ", "
                + items + (items == 1 ? " item" : " items") + "). `learnlog library list " + library.name()
                + "` shows them.");
    }
}
