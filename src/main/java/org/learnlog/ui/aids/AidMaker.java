package org.learnlog.ui.aids;

import java.util.List;
import java.util.UUID;
import javafx.stage.Window;
import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.AidRequest;
import org.learnlog.service.Aids;
import org.learnlog.ui.Background;
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
        AidEditorModel model = show(owner);
        model.make(new AidRequest(model.templateProperty().get(), selected, selected.isEmpty() ? filter : null, null, null));
    }

    /** Opens a saved aid to read, edit, save as a new version, or share again. */
    public void open(Window owner, Aid aid) {
        show(owner).open(aid);
    }

    private AidEditorModel show(Window owner) {
        AidEditorModel model = new AidEditorModel(aids, background, messages, onSaved);
        new AidEditorView(model, preview, folders, messages).show(owner, aids.templates(), css);
        return model;
    }
}
