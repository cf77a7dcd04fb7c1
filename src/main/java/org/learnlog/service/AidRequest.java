package org.learnlog.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.NoteFilter;

/**
 * What an aid is made from: chosen notes, or else the notes a filter (a tag or a goal) matches; for a
 * weekly digest, the week of {@code week} (this week when null). A blank title gets a sensible one.
 */
public record AidRequest(String template, List<UUID> noteIds, NoteFilter filter, LocalDate week, String title) {

    public AidRequest {
        noteIds = noteIds == null ? List.of() : List.copyOf(noteIds);
        filter = filter == null ? NoteFilter.all() : filter;
        title = title == null ? "" : title.strip();
    }

    public static AidRequest ofNotes(String template, List<UUID> noteIds) {
        return new AidRequest(template, noteIds, null, null, null);
    }
}
