package org.learnlog.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.LineDiff;
import org.learnlog.model.Note;
import org.learnlog.model.NoteChange;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteVersion;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteVersions;

/**
 * A note's earlier versions, kept for {@link #KEPT}: listed newest first, compared with the note as it
 * is now, and restored (the text a restore replaces becomes a version too, so nothing is lost by it).
 */
public final class NoteHistory {
    public static final Duration KEPT = Duration.ofDays(90);

    private final NoteVersions versions;
    private final Notes notes;
    private final GoalRepository goals;
    private final Clock clock;

    public NoteHistory(NoteVersions versions, Notes notes, GoalRepository goals, Clock clock) {
        this.versions = versions;
        this.notes = notes;
        this.goals = goals;
        this.clock = clock;
    }

    /** The note's earlier versions, the most recently replaced first. */
    public List<NoteVersion> versions(UUID noteId) {
        return versions.of(noteId);
    }

    /** What changed from the version to the note as it is now, line by line: its fields first, then its body. */
    public List<LineDiff.Line> changesSince(NoteVersion version) {
        Note now = notes.find(version.noteId()).orElseThrow(() -> gone());
        return LineDiff.between(text(version.note()), text(now));
    }

    /** Puts the version's text back as the note's; links to goals deleted since are left out. */
    public NoteChange restore(long versionId) {
        NoteVersion version = versions.find(versionId)
                .orElseThrow(() -> new NotFoundException("That version is no longer kept (versions are kept "
                        + KEPT.toDays() + " days)."));
        if (notes.find(version.noteId()).isEmpty()) {
            throw gone();
        }
        NoteDraft draft = NoteDraft.from(version.note());
        List<String> goalsThatExist = draft.goals().stream().filter(slug -> goals.findBySlug(slug).isPresent()).toList();
        return notes.restore(new NoteDraft(draft.id(), draft.title(), draft.body(), draft.date(), draft.kind(),
                draft.context(), draft.tags(), goalsThatExist));
    }

    /** Forgets the versions older than {@link #KEPT}; how many went. */
    public int purgeExpired() {
        return versions.purgeBefore(clock.instant().minus(KEPT));
    }

    private static NotFoundException gone() {
        return new NotFoundException("The note is not in the notes any more; if it is in the trash, restore it first.");
    }

    /** The note as lines to compare: one per field, in the words of the Markdown export, then the body. */
    static String text(Note note) {
        return "title: " + note.title().replace('\n', ' ') + "\nkind: " + note.kind().slug() + "\ndate: " + note.date()
                + "\ntags: " + String.join(", ", note.tags()) + "\ngoals: " + String.join(", ", note.goals())
                + "\ncontext: " + note.context().replace('\n', ' ') + "\n\n" + note.body();
    }
}
