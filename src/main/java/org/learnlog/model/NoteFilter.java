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

    /** Whether the list this filter shows holds {@code note}, as the journal's query would answer. */
    public boolean matches(Note note) {
        return (tag == null || note.tags().stream().anyMatch(each -> Tags.key(each).equals(Tags.key(tag))))
                && (goal == null || note.goals().contains(goal))
                && (day == null || day.equals(note.date()));
    }
}
