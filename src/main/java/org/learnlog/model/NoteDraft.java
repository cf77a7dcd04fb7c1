package org.learnlog.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A note as the user typed it, before it is checked and saved. A new note has a null id, or an id
 * the journal does not hold yet. Tags and goals are raw: the journal normalizes and resolves them.
 */
public record NoteDraft(UUID id, String title, String body, LocalDate date, NoteKind kind, String context,
                        List<String> tags, List<String> goals) {

    public NoteDraft {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        context = context == null ? "" : context;
        kind = kind == null ? NoteKind.INSIGHT : kind;
        tags = tags == null ? List.of() : List.copyOf(tags);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public static NoteDraft of(String title, String body) {
        return new NoteDraft(null, title, body, null, NoteKind.INSIGHT, "", List.of(), List.of());
    }

    public static NoteDraft from(Note note) {
        return new NoteDraft(note.id(), note.title(), note.body(), note.date(), note.kind(), note.context(),
                note.tags(), note.goals());
    }

    public boolean isBlank() {
        return title.isBlank() && body.isBlank();
    }

    public NoteDraft withTags(List<String> newTags) {
        return new NoteDraft(id, title, body, date, kind, context, newTags, goals);
    }

    public NoteDraft withGoals(List<String> newGoals) {
        return new NoteDraft(id, title, body, date, kind, context, tags, newGoals);
    }

    public NoteDraft withDate(LocalDate newDate) {
        return new NoteDraft(id, title, body, newDate, kind, context, tags, goals);
    }
}
