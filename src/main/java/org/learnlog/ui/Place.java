package org.learnlog.ui;

import java.util.Objects;
import org.learnlog.model.NoteFilter;

/** Where the main window is: the notes of a filter, the Goals screen, one goal, or Review. */
public record Place(Screen screen, NoteFilter filter, String goal) {

    public enum Screen {
        NOTES,
        GOALS,
        GOAL,
        REVIEW
    }

    public Place {
        Objects.requireNonNull(screen, "screen");
    }

    public static Place notes(NoteFilter filter) {
        return new Place(Screen.NOTES, Objects.requireNonNull(filter, "filter"), null);
    }

    public static Place goals() {
        return new Place(Screen.GOALS, null, null);
    }

    public static Place goal(String slug) {
        return new Place(Screen.GOAL, null, Objects.requireNonNull(slug, "slug"));
    }

    public static Place review() {
        return new Place(Screen.REVIEW, null, null);
    }

    /** Review, with {@code slug}'s review open, due or not. */
    public static Place review(String slug) {
        return new Place(Screen.REVIEW, null, Objects.requireNonNull(slug, "slug"));
    }
}
