package org.learnlog.ui.editor;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.learnlog.ui.Messages;

/**
 * What the editor says of the note on screen, always the truth: edited and not saved yet, saving,
 * saved at a time, or why it could not be saved. A failure stays until the next save or note.
 */
final class EditorStatus {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Messages messages;
    /** What to say once the note is as it was saved again: "Saved 10:42", or nothing. */
    private String whenClean = "";
    private boolean failed;

    EditorStatus(Messages messages) {
        this.messages = messages;
    }

    /**
     * Follows the note's fields: each change says whether the note is edited, once {@code settled} (no
     * note being filled in or saved); a day that isn't a date is said at once.
     */
    void watch(NoteFields fields, BooleanSupplier settled, BooleanSupplier dirty) {
        for (Observable field : fields.all()) {
            field.addListener(changed -> {
                if (settled.getAsBoolean()) {
                    edited(dirty.getAsBoolean());
                }
            });
        }
        fields.dateValid().addListener((observable, was, valid) -> {
            if (!valid) {
                say(messages.text("editor.dateNotADate"));
            } else if (settled.getAsBoolean()) {
                edited(dirty.getAsBoolean());
            }
        });
    }

    /** A note was just loaded or started: nothing to say. */
    void fresh() {
        whenClean = "";
        failed = false;
        text.set("");
    }

    /** The fields changed: {@code dirty} says whether they now differ from what is saved. */
    void edited(boolean dirty) {
        if (failed) {
            return;
        }
        text.set(dirty ? messages.text("editor.edited") : whenClean);
    }

    void saving() {
        failed = false;
        text.set(messages.text("editor.saving"));
    }

    /** Saved; {@code stillDirty} if the user typed on while it saved. */
    void saved(boolean stillDirty) {
        whenClean = messages.text("editor.saved", LocalTime.now().format(TIME));
        text.set(stillDirty ? messages.text("editor.edited") : whenClean);
    }

    /** Not saved, and why; the user's text stays on screen. */
    void failed(String why) {
        failed = true;
        text.set(messages.text("editor.saveFailed", why));
    }

    /** Something else went wrong, e.g. loading a note. */
    void say(String message) {
        text.set(message);
    }

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }
}
