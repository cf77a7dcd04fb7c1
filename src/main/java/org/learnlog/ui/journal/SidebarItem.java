package org.learnlog.ui.journal;

import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;

/** One row of the sidebar: a filter for the list, a saved aid to open, or a section heading (neither). */
record SidebarItem(String label, NoteFilter filter, Aid aid) {

    static SidebarItem filter(String label, NoteFilter filter) {
        return new SidebarItem(label, filter, null);
    }

    static SidebarItem aid(Aid aid) {
        return new SidebarItem(aid.title(), null, aid);
    }

    static SidebarItem heading(String label) {
        return new SidebarItem(label, null, null);
    }

    boolean isHeading() {
        return filter == null && aid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
