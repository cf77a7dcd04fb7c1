package org.learnlog.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteChange;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.TagCount;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.TagRepository;

/** The note use cases: capture, edit, find, list and delete learnings. */
public final class Notes {
    public static final int NO_LIMIT = Integer.MAX_VALUE;
    private static final System.Logger LOG = System.getLogger(Notes.class.getName());

    private final NoteRepository notes;
    private final TagRepository tags;
    private final NoteRules rules;
    private final Clock clock;
    private final TagRenames renames;
    private final NoteTemplates templates;
    private final NoteLinks links;
    private final Resurfacing resurfacing;
    private final Attachments attachments;

    public Notes(NoteRepository notes, TagRepository tags, GoalRepository goals, Clock clock) {
        this(notes, tags, goals, clock, new NoteTemplates(null));
    }

    /** {@code templates}: what new notes of each kind start from. */
    public Notes(NoteRepository notes, TagRepository tags, GoalRepository goals, Clock clock, NoteTemplates templates) {
        this.notes = notes;
        this.tags = tags;
        this.rules = new NoteRules(goals);
        this.clock = clock;
        this.renames = new TagRenames(notes, tags);
        this.templates = templates;
        this.links = new NoteLinks(notes);
        this.resurfacing = new Resurfacing(notes, clock);
        this.attachments = new Attachments(notes, clock);
    }

    /**
     * Saves a draft as a new note (no id) or over the note with its id, and returns what was stored.
     * Saving an unchanged draft changes nothing, so leaving a note never bumps its "updated" time.
     */
    public Note save(NoteDraft draft) {
        return change(draft, false).after();
    }

    /**
     * As {@link #save(NoteDraft)}, and says what changed: the note as it was (none for a new one) and as
     * it is stored now. The note is read once, before the save; what was stored is not read back.
     */
    public NoteChange saveChange(NoteDraft draft) {
        return change(draft, false);
    }

    /**
     * Saves an earlier version's text over its note. The text it replaces is always kept as a version
     * of its own, even minutes after the last, so a restore can itself be undone.
     */
    NoteChange restore(NoteDraft draft) {
        return change(draft, true);
    }

    private NoteChange change(NoteDraft draft, boolean restoring) {
        NoteDraft checked = rules.check(draft);
        Optional<Note> existing = checked.id() == null ? Optional.empty() : notes.find(checked.id());
        if (checked.date() == null) {
            checked = checked.withDate(existing.map(Note::date).orElse(today()));
        }
        if (existing.isPresent() && NoteDraft.from(existing.get()).equals(checked)) {
            return new NoteChange(existing.get(), existing.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Note note = new Note(checked.id() != null ? checked.id() : UUID.randomUUID(), checked.title(), checked.body(),
                checked.date(), checked.kind(), checked.context(), checked.tags(), checked.goals(),
                existing.map(Note::created).orElse(now), now, existing.map(Note::source).orElse(""));
        Note stored = restoring ? notes.saveKeepingVersion(note, existing) : notes.save(note, existing);
        existing.ifPresent(before -> followRename(before, stored));
        return new NoteChange(existing.orElse(null), stored);
    }

    /** Links that read the old title follow a rename; the note itself is saved whether or not they can. */
    private void followRename(Note before, Note after) {
        try {
            links.followRename(before, after);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Links to a renamed note keep their old words", e);
        }
    }

    public Optional<Note> find(UUID id) {
        return notes.find(id);
    }

    /** A note by its full id or a unique prefix of at least 4 characters, as `list` prints them. */
    public Note findByShortId(String shortId) {
        String prefix = shortId == null ? "" : shortId.strip().toLowerCase();
        if (prefix.length() < 4 || !prefix.matches("[0-9a-f-]+")) {
            throw new InvalidInputException("\"" + shortId + "\" is not a note id.",
                    new InvalidInputException.Suggestion(List.of("list"), "prints the notes with their ids"));
        }
        List<UUID> ids = notes.idsStartingWith(prefix, 2);
        if (ids.isEmpty()) {
            throw new NotFoundException("No note has the id " + shortId + ".");
        }
        if (ids.size() > 1) {
            throw new NotFoundException("More than one note starts with " + shortId + "; give more of the id.");
        }
        return notes.find(ids.get(0)).orElseThrow(() -> new NotFoundException("No note has the id " + shortId + "."));
    }

    public List<NoteSummary> list(NoteFilter filter, int limit) {
        return notes.list(filter, limit);
    }

    /** The next {@code limit} notes after {@code after} in the list's order (newest day first): one page of a long list. */
    public List<NoteSummary> listAfter(NoteFilter filter, NoteSummary after, int limit) {
        return notes.list(filter, after, limit);
    }

    /** Whole notes, bodies included, for export. */
    public List<Note> load(NoteFilter filter) {
        return notes.load(filter, NO_LIMIT);
    }

    public List<Note> load(List<UUID> ids) {
        return ids.stream().map(notes::find).flatMap(Optional::stream).toList();
    }

    public List<TagCount> tagsInUse() {
        return tags.inUse();
    }

    /** What a new note of each kind starts from. */
    public NoteTemplates templates() {
        return templates;
    }

    /** Links between notes: titles to link, backlinks. */
    public NoteLinks links() {
        return links;
    }

    /** Files pasted or dropped into notes. */
    public Attachments attachments() {
        return attachments;
    }

    /** Older learnings brought back for another look. */
    public Resurfacing resurfacing() {
        return resurfacing;
    }

    /** Renaming a tag in every note, or merging it into another. */
    public TagRenames tagRenames() {
        return renames;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
