package org.learnlog.model;

import java.time.LocalDate;

/** Which notes a list shows. A null field matches every note. */
public record NoteFilter(String tag, String goal, LocalDate day) {

    public static NoteFilter all() {
        return new NoteFilter(null, null, null);
    }

    public static NoteFilter tag(String tag) {
        return new NoteFilter(tag, null, null);
    }

    public static NoteFilter goal(String slug) {
        return new NoteFilter(null, slug, null);
    }

    public static NoteFilter on(LocalDate day) {
        return new NoteFilter(null, null, day);
    }
}
