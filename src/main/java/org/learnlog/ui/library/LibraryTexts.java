package org.learnlog.ui.library;

import java.time.ZoneOffset;
import org.learnlog.model.Signatures;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryItem;
import org.learnlog.ui.Messages;

/** How the Library screen words an item in its list. */
final class LibraryTexts {
    private final Messages messages;

    LibraryTexts(Messages messages) {
        this.messages = messages;
    }

    /** An item's second line in the list: its marks, kind, author, date and feedback counts. */
    String summary(LibraryEntry entry) {
        LibraryItem item = entry.item();
        String marks = entry.fresh() ? messages.text("library.mark.new") : entry.changed() ? messages.text("library.mark.changed") : "";
        if (!entry.conflicts().isEmpty()) {
            marks = messages.text("library.mark.conflict");
        } else if (entry.updateAvailable()) {
            marks = messages.text("library.mark.update");
        }
        return (marks.isEmpty() ? "" : marks + " · ") + item.kind() + " · " + Signatures.name(item.author()) + " · "
                + item.updated().atOffset(ZoneOffset.UTC).toLocalDate()
                + (entry.used() + entry.helped() == 0 ? "" : " · " + messages.text("library.counts", entry.used(), entry.helped()));
    }
}
