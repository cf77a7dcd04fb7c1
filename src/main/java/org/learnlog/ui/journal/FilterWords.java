package org.learnlog.ui.journal;

import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Messages;

/** Which notes a filter keeps, in words for the list's filter bar and for what acts on the list. */
public final class FilterWords {

    private FilterWords() {
    }

    /** "tagged #git", "linked to +review-speed", "of 2026-12-06", or "" for every note. */
    public static String of(NoteFilter filter, Messages messages) {
        if (filter.tag() != null) {
            return messages.text("filter.tag", filter.tag());
        }
        if (filter.goal() != null) {
            return messages.text("filter.goal", filter.goal());
        }
        if (filter.day() != null) {
            return messages.text("filter.day", filter.day().toString());
        }
        return "";
    }
}
