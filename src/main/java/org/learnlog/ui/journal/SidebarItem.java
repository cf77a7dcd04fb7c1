package org.learnlog.ui.journal;

import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;
import org.learnlog.ui.Place;

/**
 * One row of the sidebar: a place to go, a saved aid to open, or a section heading (neither). A tag's row,
 * and the row that groups nested tags no note carries alone, name the tag in {@code tag}.
 */
record SidebarItem(String label, Place place, Aid aid, String tag) {

    static SidebarItem place(String label, Place place) {
        return new SidebarItem(label, place, null, null);
    }

    static SidebarItem aid(Aid aid) {
        return new SidebarItem(aid.title(), null, aid, null);
    }

    static SidebarItem heading(String label) {
        return new SidebarItem(label, null, null, null);
    }

    /** A tag the notes carry: {@code label} is its last part and its count; it goes to its notes. */
    static SidebarItem tag(String label, String tag) {
        return new SidebarItem(label, Place.notes(NoteFilter.tag(tag)), null, tag);
    }

    /** The parent of nested tags ({@code java} of {@code java/concurrency}) that no note carries alone. */
    static SidebarItem tagGroup(String label, String tag) {
        return new SidebarItem(label, null, null, tag);
    }

    boolean isHeading() {
        return place == null && aid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
