package org.learnlog.ui.aids;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.AidRequest;
import org.learnlog.service.Aids;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.Messages;
import org.learnlog.ui.editor.MarkdownPreview;

/** Opens an aid editor for the selected notes, or for what the list is filtered by when none is selected. */
public final class AidMaker {
    private final Aids aids;
    private final Background background;
    private final FolderPicker folders;
    private final MarkdownPreview preview;
    private final Messages messages;
    private final String css;
    private final Runnable onSaved;

    /** {@code onSaved} runs after each save, so the sidebar's list of aids stays current. */
    public AidMaker(Aids aids, Background background, FolderPicker folders, MarkdownPreview preview, Messages messages,
                    String css, Runnable onSaved) {
        this.onSaved = onSaved;
        this.aids = aids;
        this.background = background;
        this.folders = folders;
        this.preview = preview;
        this.messages = messages;
        this.css = css;
    }

    public void open(Window owner, List<UUID> selected, NoteFilter filter) {
        show(owner, model -> model.make(new AidRequest(model.templateProperty().get(), selected,
                selected.isEmpty() ? filter : null, null, null)));
    }

    /** Opens a saved aid to read, edit, save as a new version, or share again. */
    public void open(Window owner, Aid aid) {
        show(owner, model -> model.open(aid));
    }

    /** Lists the templates in the background (the user's own are files), then shows the editor. */
    private void show(Window owner, Consumer<AidEditorModel> start) {
        background.read(aids::templates).onSuccess(templates -> {
            AidEditorModel model = new AidEditorModel(aids, background, messages, onSaved);
            new AidEditorView(model, preview, folders, messages).show(owner, templates, css);
            start.accept(model);
        }).onError(failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Errors.describe(failure));
            alert.initOwner(owner);
            alert.setHeaderText(messages.text("aid.makeFailed"));
            alert.show();
        });
    }
}
