package org.learnlog.ui.editor;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Saves the note on screen without being asked: a few seconds after typing stops, and as soon as the
 * focus leaves the editor; half a second after typing stops it writes a crash-recovery draft. A save that fails keeps the text on screen and says why, as Ctrl+S does;
 * the next pause in typing tries again.
 */
public final class Autosave {
    static final Duration QUIET = Duration.seconds(3);
    /** The crash-recovery draft is written sooner: it costs a small file, not a transaction. */
    static final Duration DRAFT_QUIET = Duration.millis(500);

    private final EditorModel model;
    private final PauseTransition pause = new PauseTransition(QUIET);
    private final PauseTransition draftPause = new PauseTransition(DRAFT_QUIET);
    private Node editor;

    public Autosave(EditorModel model) {
        this.model = model;
        pause.setOnFinished(event -> saveNow());
        draftPause.setOnFinished(event -> {
            if (isShowing()) {
                model.keepDraft();
            }
        });
    }

    /** Watches the note's fields, and the focus within {@code editor}. */
    public void install(Node editor) {
        this.editor = editor;
        InvalidationListener edited = observable -> {
            pause.playFromStart();
            draftPause.playFromStart();
        };
        for (Observable field : model.fields().all()) {
            field.addListener(edited);
        }
        editor.focusWithinProperty().addListener((observable, was, within) -> {
            if (!within) {
                saveNow();
            }
        });
    }

    /** A closed window saved its note on closing; a pause that ends after that has nothing to do. */
    private boolean isShowing() {
        return editor.getScene() != null && editor.getScene().getWindow() != null && editor.getScene().getWindow().isShowing();
    }

    /** Saves now if the note changed and no save is under way (that one's result comes first). */
    void saveNow() {
        pause.stop();
        if (isShowing() && model.isDirty() && !model.savingProperty().get()) {
            model.save();
        }
    }
}
