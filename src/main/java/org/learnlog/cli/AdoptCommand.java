package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import org.learnlog.service.LibrarySharing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "adopt", description = {"Copy a teammate's aid or note from a library into your journal, linked to "
        + "one of your goals; for an item adopted before, take its newer version (your text stays in its history).",
        "--keep keeps your copy instead, and the newer version stops being offered."})
final class AdoptCommand extends JournalCommand {
    @Parameters(paramLabel = "NAME/ID", description = "The library and the item's id, as `learnlog library list` shows it.")
    private String item;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Link it to this goal of yours.")
    private String goal;

    @Option(names = "--keep", description = "Keep your copy over the library's newer version.")
    private boolean keep;

    @Override
    void run(JournalServices services, PrintWriter out) {
        String[] parts = split(item);
        if (keep) {
            var kept = services.sharing().keepOwn(parts[0], parts[1]);
            out.println("Kept your copy of \"" + kept.title() + "\"; version " + kept.version() + " is no longer offered.");
            return;
        }
        LibrarySharing.Adopted adopted = services.sharing().adopt(parts[0], parts[1], Optional.ofNullable(goal));
        out.println((adopted.replaced() ? "Took version " + adopted.item().version() + " of" : "Adopted") + " \""
                + adopted.item().title() + "\" from " + parts[0] + " as " + (adopted.item().aid() ? "an aid" : "a note")
                + " (" + adopted.item().id().toString().substring(0, 8) + ")" + (goal == null ? "" : ", linked to " + goal) + ".");
    }

    /** NAME/ID as its two parts. */
    static String[] split(String item) {
        int slash = item.indexOf('/');
        if (slash < 1 || slash == item.length() - 1) {
            throw new InvalidInputException("Name the item as LIBRARY/ID, e.g. team/6f1c2a9e.");
        }
        return new String[] {item.substring(0, slash), item.substring(slash + 1)};
    }
}
