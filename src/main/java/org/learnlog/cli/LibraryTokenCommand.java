package org.learnlog.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "token", description = {"Give a library's token anew: the file that holds it (its first line: TOKEN, "
        + "or USER:TOKEN), as when a forge's token was renewed.",
        "If there is no such file yet, Learnlog asks for the token and keeps it there, readable by you alone."})
final class LibraryTokenCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The library.")
    private String name;

    @Parameters(index = "1", paramLabel = "FILE", description = "The token's file.")
    private Path file;

    @Override
    void run(JournalServices services, PrintWriter out) {
        services.libraries().find(name);
        askIfMissing(services, file, services.libraries().find(name).location());
        services.libraries().tokenFile(name, file);
        out.println(name + " now reads its token from " + file.toAbsolutePath().normalize() + ".");
    }

    /** Asks for the token on the terminal and keeps it in {@code file}, if the file is not there yet. */
    static void askIfMissing(JournalServices services, Path file, String remote) {
        if (Files.exists(file)) {
            return;
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("There is no token file " + file + ". Put the token in it, "
                    + "or run this in a terminal to be asked for it.");
        }
        char[] typed = console.readPassword("Token for %s (not shown; kept in %s for you alone): ", remote, file);
        services.libraries().keepToken(file, typed == null ? "" : new String(typed));
    }
}
