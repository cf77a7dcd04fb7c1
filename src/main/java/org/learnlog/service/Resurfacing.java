package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.LookSchedule;
import org.learnlog.model.Resurfaced;
import org.learnlog.store.NoteLookRepository;
import org.learnlog.store.NoteRepository;

/**
 * Older learnings linked to active goals, brought back for another look at growing intervals
 * ({@link LookSchedule}): each is still useful (it comes back later), outdated (it stays away), or made
 * into an aid. No scores and no cards: the point is that learnings get used.
 */
public final class Resurfacing {
    /** How many learnings Today shows at once. */
    public static final int AT_ONCE = 3;

    private final NoteRepository notes;
    private final NoteLookRepository looks;
    private final Clock clock;

    Resurfacing(NoteRepository notes, Clock clock) {
        this.notes = notes;
        this.looks = new NoteLookRepository(notes);
        this.clock = clock;
    }

    /** Today's: up to {@link #AT_ONCE} learnings due for a look, the longest due first. */
    public List<Resurfaced> today() {
        return looks.due(day(), AT_ONCE);
    }

    /** Note {@code id} is still useful: it comes back after a longer interval. Returns the day it is due next. */
    public LocalDate stillUseful(UUID id) {
        requireNote(id);
        int count = looks.looks(id) + 1;
        LocalDate next = LookSchedule.nextLook(count, day());
        looks.looked(id, count, next, clock.instant());
        return next;
    }

    /** Note {@code id} is outdated: it no longer comes back (it stays in the journal). */
    public void outdated(UUID id) {
        requireNote(id);
        looks.looked(id, looks.looks(id), null, clock.instant());
    }

    private void requireNote(UUID id) {
        if (notes.find(id).isEmpty()) {
            throw new NotFoundException("No note has the id " + id + ".");
        }
    }

    private LocalDate day() {
        return LocalDate.now(clock);
    }
}
