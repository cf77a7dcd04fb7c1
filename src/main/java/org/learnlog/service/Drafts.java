package org.learnlog.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.JournalKey;
import org.learnlog.model.Note;
import org.learnlog.model.NoteDraft;

/**
 * The crash-recovery copy of the text in the editor, one Markdown file per note in {@code drafts/}:
 * written a moment after typing pauses (a temp file, then an atomic move, so a crash never leaves
 * half a draft) and removed once the note is saved. Text that never reached the journal because the
 * app or the machine died first is offered back at the next start.
 */
public final class Drafts {
    static final String SUFFIX = ".md";

    /** Null for a journal in memory, which keeps no drafts. */
    private final Path folder;
    private final Notes notes;
    private final Clock clock;
    private final DraftCipher cipher;

    public Drafts(Path folder, Notes notes, Clock clock) {
        this(folder, notes, clock, DraftCipher.PLAIN);
    }

    private Drafts(Path folder, Notes notes, Clock clock, DraftCipher cipher) {
        this.folder = folder;
        this.notes = notes;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** The drafts of a journal encrypted with {@code key}: sealed with a key derived from its passphrase. */
    public static Drafts encrypted(Path folder, Notes notes, Clock clock, JournalKey key) {
        return new Drafts(folder, notes, clock, DraftCipher.sealed(folder, key));
    }

    /** Keeps {@code draft} as the newest unsaved text of its note. */
    public void keep(NoteDraft draft) {
        if (folder == null || draft.id() == null) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Note note = new Note(draft.id(), draft.title(), draft.body(), draft.date() != null ? draft.date() : notes.today(),
                draft.kind(), draft.context(), draft.tags(), draft.goals(), now, now, "");
        new FolderWriter(folder).write(draft.id() + SUFFIX,
                cipher.seal(NoteMarkdown.write(note).getBytes(StandardCharsets.UTF_8)));
    }

    /** Forgets the draft of note {@code id}: its text is in the journal now, or the user let it go. */
    public void discard(UUID id) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(id + SUFFIX));
        } catch (IOException e) {
            log().log(System.Logger.Level.WARNING, "Can't remove the draft of note " + id, e);
        }
    }

    /**
     * The drafts whose text the journal does not hold, oldest first, each as the note it would make.
     * Drafts the journal caught up with are removed; a file that is not a draft is left alone.
     */
    public List<Note> unsaved() {
        List<Note> unsaved = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return unsaved;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                read(file, cipher).ifPresent(draft -> {
                    if (isUnsaved(draft)) {
                        unsaved.add(draft);
                    } else {
                        discard(draft.id());
                    }
                });
            }
        } catch (IOException e) {
            throw new InvalidInputException("Can't read the drafts in " + folder + ": " + e.getMessage(), e);
        }
        unsaved.sort((a, b) -> a.updated().compareTo(b.updated()));
        return unsaved;
    }

    private boolean isUnsaved(Note draft) {
        Optional<Note> stored = notes.find(draft.id());
        if (stored.isEmpty()) {
            return !NoteDraft.from(draft).isBlank();
        }
        return draft.updated().isAfter(stored.get().updated()) && !NoteDraft.from(stored.get()).equals(NoteDraft.from(draft));
    }

    private static Optional<Note> read(Path file, DraftCipher cipher) {
        try {
            return Optional.of(NoteMarkdown.read(new String(cipher.open(Files.readAllBytes(file)), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            log().log(System.Logger.Level.WARNING, "Not a draft, left alone: " + file, e);
            return Optional.empty();
        }
    }

    /** Looked up on first use: starting the logging system weighs on every short command. */
    private static System.Logger log() {
        return System.getLogger(Drafts.class.getName());
    }
}
