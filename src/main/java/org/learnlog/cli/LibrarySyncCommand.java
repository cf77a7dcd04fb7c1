package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SyncOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sync", description = {"Bring in what teammates published and send what waits to publish.",
        "Exits with 1, saying why, when a library can't be reached; nothing is lost, and the next sync goes on."})
final class LibrarySyncCommand extends JournalCommand {
    @Mixin
    private LibraryNames names;

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (String library : names.of(services)) {
            SyncOutcome outcome = services.libraries().sync(library);
            out.println(library + ": " + said(outcome));
        }
    }

    static String said(SyncOutcome outcome) {
        return switch (outcome) {
            case UP_TO_DATE -> "up to date";
            case PUBLISHED -> "your changes are published";
            case WAITING -> "waiting to publish: the library kept moving; the next sync tries again";
        };
    }
}
