package org.learnlog.ui.editor;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.learnlog.model.Note;
import org.learnlog.model.NoteChange;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.service.Drafts;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/**
 * The note being edited: its fields as properties, and the commands that load, save and clear it.
 * A failed save leaves every field as the user typed it and says why in {@link #status()}.
 */
public final class EditorModel {
    private static final System.Logger LOG = System.getLogger(EditorModel.class.getName());
    /** Words a search found in the note on screen; the editor marks the first. */
    private final ObjectProperty<List<String>> matches = new SimpleObjectProperty<>(List.of());
    private final NoteFields fields = new NoteFields();
    /** The note on screen, or a new one's id; a list keeps it selected. */
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final EditorStatus status;
    private final FreshNote fresh;
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final Notes notes;
    private final Drafts drafts;
    private final Background background;
    private final Messages messages;
    private final JournalEvents events;
    /** Given when a new note starts, so saves queued twice (Ctrl+S, then leaving) update one note. */
    private UUID id;
    private boolean stored;
    private Runnable focusTitle = () -> { };
    /** The note as it was loaded or saved; null while {@link #fill} sets the fields. */
    private NoteDraft baseline;

    /** Its saves are told to {@code events}; a note changed or deleted elsewhere is shown as it now is. */
    public EditorModel(Notes notes, Drafts drafts, Background background, Messages messages, JournalEvents events) {
        this.notes = notes;
        this.drafts = drafts;
        this.background = background;
        this.messages = messages;
        this.events = events;
        this.status = new EditorStatus(messages);
        this.fresh = new FreshNote(notes.templates(), background, fields, () -> !stored && baseline != null, this::draft,
                () -> { baseline = draft(); status.fresh(); });
        clear(notes.today());
        status.watch(fields, () -> baseline != null && !saving.get(), this::isDirty);
        events.listen(this::changedElsewhere);
    }

    // commands

    /** Shows an empty note dated {@code today}. */
    public void clear(LocalDate today) {
        startNew(today, NoteFilter.all());
    }

    /** Shows an empty note that already carries the tag or goal the list is filtered by. */
    public void startNew(LocalDate today, NoteFilter filter) {
        id = UUID.randomUUID();
        stored = false;
        List<String> tagList = filter.tag() == null ? List.of() : List.of(filter.tag());
        List<String> goalList = filter.goal() == null ? List.of() : List.of(filter.goal());
        fill(new NoteDraft(id, "", fresh.body(NoteKind.INSIGHT), today, NoteKind.INSIGHT, "", tagList, goalList));
        status.fresh();
    }

    /** Saves the note on screen if it changed, then opens note {@code noteId} from the journal. */
    public void open(UUID noteId) {
        open(noteId, List.of());
    }

    /** As {@link #open(UUID)}, then marks the first place where one of {@code matches} occurs (a search's words). */
    public void open(UUID noteId, List<String> matches) {
        saveThen(() -> background.read(() -> notes.find(noteId))
                .onSuccess(found -> found.ifPresent(note -> {
                    load(note);
                    this.matches.set(List.copyOf(matches));
                }))
                .onError(failure -> status.say(messages.text("action.failed", messages.text("action.load"),
                        Errors.describe(failure)))));
    }

    public void load(Note note) {
        matches.set(List.of());
        id = note.id();
        stored = true;
        fill(NoteDraft.from(note));
        status.fresh();
    }

    public ReadOnlyObjectProperty<List<String>> matches() {
        return matches;
    }

    public boolean isDirty() {
        return baseline != null && !draft().equals(baseline);
    }

    /** The note as it stands on screen. */
    public NoteDraft draft() {
        return fields.draft(id);
    }

    /**
     * Saves if anything changed, then runs {@code next}. An empty new note is not saved. If the save
     * fails, {@code next} does not run: the user's text stays on screen with the reason.
     */
    public void saveThen(Runnable next) {
        saveThen(next, failure -> { });
    }

    /** As {@link #saveThen(Runnable)}, and tells {@code failed} why a save did not work. */
    public void saveThen(Runnable next, Consumer<Throwable> failed) {
        NoteDraft draft = draft();
        if (!isDirty() || !stored && draft.isBlank()) {
            next.run();
            return;
        }
        if (!fields.dateValid().get()) {
            // Saving the last good day would put a date on the note that the field doesn't show.
            String why = messages.text("editor.dateInvalid");
            status.failed(why);
            failed.accept(new IllegalStateException(why));
            return;
        }
        saving.set(true);
        status.saving();
        background.write(() -> {
            NoteChange change = notes.saveChange(draft);
            drafts.discard(change.after().id());
            return change;
        })
                .onSuccess(change -> {
                    saving.set(false);
                    saved(draft, change.after());
                    events.publish(new JournalEvents.NoteSaved(change));
                    next.run();
                })
                .onError(failure -> {
                    saving.set(false);
                    LOG.log(Level.WARNING, "Saving a note failed", failure);
                    status.failed(Errors.describe(failure));
                    failed.accept(failure);
                });
    }

    public void save() {
        saveThen(() -> { });
    }

    /**
     * Writes the text on screen to its crash-recovery draft, in the writer's queue so it lands before
     * any later save (which removes it). Only a warning in the log if it fails: the save itself says more.
     */
    public void keepDraft() {
        NoteDraft draft = draft();
        if (!isDirty() || !stored && draft.isBlank()) {
            return;
        }
        background.write(() -> {
            drafts.keep(draft);
            return draft;
        }).onError(failure -> LOG.log(Level.WARNING, "Can't keep a recovery draft", failure));
    }

    /** Whether the note on screen is {@code noteId} (so a deleted note can be cleared away). */
    public boolean isEditing(UUID noteId) {
        return noteId.equals(id);
    }

    private void saved(NoteDraft sent, Note note) {
        stored = true;
        if (draft().equals(sent)) {
            fill(NoteDraft.from(note));
        } else {
            // The user typed on while the save ran: keep their text and stay dirty.
            baseline = NoteDraft.from(note);
        }
        status.saved(isDirty());
    }

    /**
     * A note saved or changed elsewhere (a version restored, a tag renamed) is shown as it is now, unless
     * the user has typed in it; one deleted elsewhere leaves the editor empty.
     */
    private void changedElsewhere(JournalEvents.Change change) {
        if (change instanceof JournalEvents.NoteSaved saved && isEditing(saved.change().after().id()) && !isDirty()
                && !saving.get() && !NoteDraft.from(saved.change().after()).equals(baseline)) {
            load(saved.change().after());
        } else if (change instanceof JournalEvents.NotesBack back && stored && back.ids().contains(id) && !isDirty()) {
            open(id);
        } else if (change instanceof JournalEvents.NotesGone gone && gone.ids().stream().anyMatch(this::isEditing)) {
            clear(notes.today());
        }
    }

    private void fill(NoteDraft draft) {
        // A field's listener may ask for a save (the goals box moves a list's focus), but until the last
        // field is set the note on screen is half this one and half the last: there is nothing to save.
        baseline = null;
        fields.show(draft);
        editing.set(id);
        baseline = draft();
    }

    /** Puts the cursor in the title, as a new note wants; the editor's view says how. */
    public void focusTitle() {
        focusTitle.run();
    }

    void onFocusTitle(Runnable focus) {
        focusTitle = focus;
    }

    public NoteFields fields() {
        return fields;
    }

    /** The id of the note on screen. */
    public ReadOnlyObjectProperty<UUID> editing() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.text();
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
