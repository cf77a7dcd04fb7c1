package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.learnlog.model.TeamLibrary;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--token-file", paramLabel = "FILE", description = {"For an HTTPS remote that asks for a token: "
            + "a file only you can read that holds it (its first line: TOKEN, or USER:TOKEN).",
            "If there is no such file yet, Learnlog asks for the token and keeps it there, readable by you alone.",
            "Learnlog reads it when it connects and keeps only its path."})
    private Path tokenFile;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (tokenFile != null) {
            LibraryTokenCommand.askIfMissing(services, tokenFile, location);
        }
        TeamLibrary library = services.libraries().add(name, location, Optional.ofNullable(tokenFile));
        int items = services.libraries().size(name);
        out.println("Added the library " + library.name() + " (" + (library.git() ? "git" : "a shared folder") + ", "
                + items + (items == 1 ? " item" : " items") + "). `learnlog library list " + library.name()
                + "` shows them.");
    }
}
