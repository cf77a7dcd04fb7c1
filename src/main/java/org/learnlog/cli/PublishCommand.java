package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.learnlog.model.Aid;
import org.learnlog.service.JournalServices;
import org.learnlog.service.LibrarySharing;
import org.learnlog.service.SyncOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", description = {"Publish an aid or a note to a team library, as a new version if it is "
        + "there already.", "What goes: its title, text, kind and tags; never its context, goals or check-ins.",
        "Offline, it waits and goes with the next sync."})
final class PublishCommand extends JournalCommand {
    @Parameters(paramLabel = "ID", description = "The aid's or note's id (its first 8 characters will do).")
    private String id;

    @Option(names = "--to", required = true, paramLabel = "NAME", description = "The library.")
    private String library;

    @Override
    void run(JournalServices services, PrintWriter out) {
        LibrarySharing.Published published = services.sharing().publish(journalId(services, id), library);
        String title = "\"" + published.item().title() + "\"";
        if (published.conflict()) {
            out.println("A teammate published a newer version of " + title + " meanwhile. Both are kept: theirs in place, "
                    + "yours beside it as " + published.item().path() + ". Take theirs with `learnlog adopt " + library + "/"
                    + published.item().id().toString().substring(0, 8) + "`, or publish yours again to put it in place.");
        } else if (published.unchanged()) {
            out.println(title + " is in " + library + " as it is here already (version " + published.item().version() + ").");
        } else if (published.outcome() == SyncOutcome.WAITING) {
            out.println(title + " is ready as version " + published.item().version() + " and waiting to publish: "
                    + library + " can't be reached now. `learnlog library sync " + library + "` sends it.");
        } else {
            out.println("Published " + title + " to " + library + " as version " + published.item().version() + ".");
        }
    }

    /** The aid or note whose id starts with {@code prefix}. */
    static UUID journalId(JournalServices services, String prefix) {
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        List<Aid> aids = services.aids().all().stream().filter(aid -> wanted.length() >= 4
                && aid.id().toString().startsWith(wanted)).toList();
        if (aids.size() == 1) {
            return aids.get(0).id();
        }
        return services.notes().findByShortId(prefix).id();
    }
}
