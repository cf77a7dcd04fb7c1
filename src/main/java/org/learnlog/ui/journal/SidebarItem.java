package org.learnlog.ui.journal;

import org.learnlog.model.Aid;
import org.learnlog.ui.Place;

/** One row of the sidebar: a place to go, a saved aid to open, or a section heading (neither). */
record SidebarItem(String label, Place place, Aid aid) {

    static SidebarItem place(String label, Place place) {
        return new SidebarItem(label, place, null);
    }

    static SidebarItem aid(Aid aid) {
        return new SidebarItem(aid.title(), null, aid);
    }

    static SidebarItem heading(String label) {
        return new SidebarItem(label, null, null);
    }

    boolean isHeading() {
        return place == null && aid == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
