package org.learnlog.ui.journal;

import org.learnlog.model.NoteFilter;

/** One row of the sidebar: a label and the filter it selects, or a section heading (no filter). */
record SidebarItem(String label, NoteFilter filter) {

    static SidebarItem heading(String label) {
        return new SidebarItem(label, null);
    }

    boolean isHeading() {
        return filter == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
