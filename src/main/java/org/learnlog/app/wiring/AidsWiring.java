package org.learnlog.app.wiring;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.learnlog.model.Aid;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.AidRequest;
import org.learnlog.service.Aids;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.View;
import org.learnlog.ui.Windows;
import org.learnlog.ui.aids.AidEditorController;
import org.learnlog.ui.aids.AidEditorModel;
import org.learnlog.ui.editor.MarkdownPreview;

/** The aids feature: the aid editor, opened on the selected notes, on the list's tag or goal, or on a saved aid. */
final class AidsWiring {
    private final Aids aids;
    private final MarkdownPreview preview;
    private final Shared shared;
    private final AidEditorController.Publisher publisher;

    AidsWiring(Aids aids, MarkdownPreview preview, Shared shared, AidEditorController.Publisher publisher) {
        this.aids = aids;
        this.preview = preview;
        this.shared = shared;
        this.publisher = publisher;
    }

    /** An aid from {@code selected}, or from what the list is filtered by when none is selected. */
    void make(Window owner, List<UUID> selected, NoteFilter filter) {
        show(owner, model -> model.make(new AidRequest(model.templateProperty().get(), selected,
                selected.isEmpty() ? filter : null, null, null)));
    }

    /** A saved aid, to read, edit, save as a new version, or share again. */
    void open(Window owner, Aid aid) {
        show(owner, model -> model.open(aid));
    }

    /** Lists the templates in the background (the user's own are files), then shows the editor. */
    private void show(Window owner, Consumer<AidEditorModel> start) {
        shared.background().read(aids::templates).onSuccess(templates -> {
            AidEditorModel model = new AidEditorModel(aids, shared.background(), shared.messages(),
                    () -> shared.events().publish(new JournalEvents.AidsChanged()));
            Windows.Opened<AidEditorController> window = shared.windows().window(View.AID_EDITOR,
                    ControllerFactory.of(AidEditorController.class, () -> new AidEditorController(model, templates,
                            preview, shared.folders(), shared.windows(), shared.messages(), publisher)), owner,
                    shared.messages().text("aid.window"));
            window.stage().show();
            start.accept(model);
        }).onError(failure -> shared.windows().inform(owner, Alert.AlertType.ERROR,
                shared.messages().text("aid.makeFailed"), Errors.describe(failure)));
    }
}
