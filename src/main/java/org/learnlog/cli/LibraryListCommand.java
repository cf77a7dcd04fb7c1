package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.learnlog.model.Signatures;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.LibraryView;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", description = {"List a library's items as of its last sync, newest first: id, kind, title, "
        + "version, author, date and feedback, marked new, changed, adopted, update available or conflict.",
        "Run `learnlog library sync` first for the newest. Listing marks them all as seen."})
final class LibraryListCommand extends JournalCommand {
    @Mixin
    private LibraryNames names;

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (String library : names.of(services)) {
            LibraryView view = services.libraries().look(library);
            out.println(library + ": " + view.entries().size() + (view.entries().size() == 1 ? " item" : " items")
                    + (view.waiting() ? ", your changes are waiting to publish (run `learnlog library sync " + library + "`)"
                    : ""));
            for (LibraryEntry entry : view.entries()) {
                out.println("  " + line(entry));
                for (LibraryFeedback said : entry.feedback()) {
                    if (!said.comment().isEmpty()) {
                        out.println("      \"" + said.comment() + "\" (" + Signatures.name(said.author()) + ")");
                    }
                }
            }
        }
    }

    static String line(LibraryEntry entry) {
        LibraryItem item = entry.item();
        List<String> marks = new ArrayList<>();
        if (entry.fresh()) {
            marks.add("new");
        } else if (entry.changed()) {
            marks.add("changed");
        }
        entry.adopted().ifPresent(version -> marks.add(entry.updateAvailable()
                ? "update available: you have version " + version : "in your journal"));
        if (!entry.conflicts().isEmpty()) {
            marks.add("conflict: " + entry.conflicts().size() + " other version" + (entry.conflicts().size() == 1 ? "" : "s")
                    + " by " + String.join(", ", entry.conflicts().stream().map(LibraryItem::path).toList()));
        }
        return entry.shortId() + "  " + (item.aid() ? "aid" : "note") + "/" + item.kind() + "  " + item.title()
                + "  v" + item.version() + "  by " + Signatures.name(item.author()) + "  "
                + item.updated().atOffset(ZoneOffset.UTC).toLocalDate() + "  used " + entry.used() + ", helped "
                + entry.helped() + (marks.isEmpty() ? "" : "  [" + String.join("; ", marks) + "]");
    }
}
