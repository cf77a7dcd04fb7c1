package org.learnlog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.markdown.LinkEdits;
import org.learnlog.markdown.LinkSentences;
import org.learnlog.model.Backlink;
import org.learnlog.model.Note;
import org.learnlog.model.NoteLink;
import org.learnlog.model.NoteSummary;
import org.learnlog.store.NoteLinkRepository;
import org.learnlog.store.NoteRepository;

/**
 * Links between notes: the titles offered while a link is typed, the notes a link names, a note's
 * backlinks, and links that follow a renamed note.
 */
public final class NoteLinks {
    /** How many titles a link being typed is offered. */
    public static final int SUGGESTIONS = 8;
    /** How many backlinks a note shows; a note linked from more says how many more. */
    public static final int BACKLINKS = 50;

    private final NoteRepository notes;
    private final NoteLinkRepository links;

    NoteLinks(NoteRepository notes) {
        this.notes = notes;
        this.links = new NoteLinkRepository(notes);
    }

    /** Notes whose title holds {@code typed}, best first, other than note {@code excluding} (the one being written). */
    public List<NoteSummary> suggest(String typed, UUID excluding) {
        return links.titled(typed.strip(), SUGGESTIONS + 1).stream()
                .filter(note -> !note.id().equals(excluding))
                .limit(SUGGESTIONS)
                .toList();
    }

    /** The note a link by id goes to, if the journal has it (a deleted one is in the trash). */
    public Optional<NoteSummary> find(UUID id) {
        return notes.find(id).map(Note::summary);
    }

    /** The note a {@code [[title]]} link names: the newest with that title, ignoring case. */
    public Optional<NoteSummary> titled(String title) {
        return links.withTitle(title.strip());
    }

    /** The notes that link to note {@code id}, each with the sentence its link stands in, most recent first. */
    public List<Backlink> backlinks(UUID id) {
        return links.linkingTo(id, BACKLINKS).stream()
                .map(from -> new Backlink(from.summary(), LinkSentences.around(from.body(), id)))
                .toList();
    }

    /**
     * {@code body} with {@code link} going to note {@code made}, the note just made for it: a
     * {@code [[title]]} becomes a link by id, a link to a note that is gone is pointed at the new one.
     */
    public String pointAt(String body, NoteLink link, UUID made) {
        return link.title() != null ? LinkEdits.resolveTitle(body, link.title(), made)
                : LinkEdits.repoint(body, link.id(), made);
    }

    /**
     * After note {@code after} was renamed from {@code before}'s title: links to it that read the old
     * title read the new one. Their notes keep their time; a link with words of its own stays.
     */
    void followRename(Note before, Note after) {
        if (before.title().equals(after.title())) {
            return;
        }
        List<Note> changed = new ArrayList<>();
        for (Note from : links.linkingTo(after.id(), Integer.MAX_VALUE)) {
            String body = LinkEdits.relabel(from.body(), after.id(), before.title(), after.title());
            if (!body.equals(from.body())) {
                changed.add(new Note(from.id(), from.title(), body, from.date(), from.kind(), from.context(), from.tags(),
                        from.goals(), from.created(), from.updated(), from.source()));
            }
        }
        notes.saveAll(changed);
    }
}
