package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SyncOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feedback", description = {"Tell a library item's author you used it, that it helped, or both, "
        + "with a line about it.", "Yours replaces what you said before about the same item."})
final class FeedbackCommand extends JournalCommand {
    @Parameters(paramLabel = "NAME/ID", description = "The library and the item's id.")
    private String item;

    @Option(names = "--used", description = "You used it.")
    private boolean used;

    @Option(names = "--helped", description = "It helped.")
    private boolean helped;

    @Option(names = "--comment", paramLabel = "TEXT", description = "One line, at most 300 characters.")
    private String comment;

    @Override
    void run(JournalServices services, PrintWriter out) {
        String[] parts = AdoptCommand.split(item);
        SyncOutcome outcome = services.sharing().feedback(parts[0], parts[1], used || helped, helped, comment);
        out.println(outcome == SyncOutcome.WAITING ? "Your feedback is recorded and waiting to publish: " + parts[0]
                + " can't be reached now." : "Your feedback is recorded and published to " + parts[0] + ".");
    }
}
