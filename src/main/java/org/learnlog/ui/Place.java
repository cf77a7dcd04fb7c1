package org.learnlog.ui;

import java.util.Objects;
import java.util.UUID;
import org.learnlog.model.NoteFilter;

/**
 * Where the main window is: the notes of a filter (with one of them open, or none), the Goals screen,
 * one goal, Review, or the team Library.
 */
public record Place(Screen screen, NoteFilter filter, String goal, UUID note) {

    public enum Screen {
        NOTES,
        GOALS,
        GOAL,
        REVIEW,
        LIBRARY
    }

    public Place {
        Objects.requireNonNull(screen, "screen");
    }

    public static Place notes(NoteFilter filter) {
        return new Place(Screen.NOTES, Objects.requireNonNull(filter, "filter"), null, null);
    }

    /** The notes of {@code filter}, with note {@code id} open. */
    public static Place note(NoteFilter filter, UUID id) {
        return new Place(Screen.NOTES, Objects.requireNonNull(filter, "filter"), null, Objects.requireNonNull(id, "id"));
    }

    public static Place goals() {
        return new Place(Screen.GOALS, null, null, null);
    }

    public static Place goal(String slug) {
        return new Place(Screen.GOAL, null, Objects.requireNonNull(slug, "slug"), null);
    }

    public static Place review() {
        return new Place(Screen.REVIEW, null, null, null);
    }

    public static Place library() {
        return new Place(Screen.LIBRARY, null, null, null);
    }

    /** Review, with {@code slug}'s review open, due or not. */
    public static Place review(String slug) {
        return new Place(Screen.REVIEW, null, Objects.requireNonNull(slug, "slug"), null);
    }
}
