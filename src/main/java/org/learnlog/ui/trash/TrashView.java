package org.learnlog.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.model.TrashedNote;
import org.learnlog.service.Trash;
import org.learnlog.ui.ListWindow;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;

/** The trash window: the notes deleted in the last 30 days, to restore (Enter) or delete for good. */
public final class TrashView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final TrashModel model;
    private final Messages messages;

    public TrashView(TrashModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Stage show(Window owner, String css) {
        ListWindow<TrashedNote> window = new ListWindow<>(owner, messages.text("trash.window"), model.notes(),
                "trashList", view -> new TrashedCell(messages), messages.text("trash.empty", Trash.KEPT.toDays()));
        ListView<TrashedNote> list = window.list();
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.restore(list.getSelectionModel().getSelectedItems());
            }
        });
        Button restore = new Button(messages.text("trash.restore"));
        restore.setId("restoreNotes");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItems()));
        Button emptyTrash = new Button(messages.text("trash.emptyAll"));
        emptyTrash.setId("emptyTrash");
        emptyTrash.disableProperty().bind(Bindings.isEmpty(model.notes()));
        emptyTrash.setOnAction(event -> {
            if (confirmEmpty(window.stage())) {
                model.empty();
            }
        });
        model.load();
        window.show(model.status(), "trashStatus", List.of(emptyTrash), List.of(restore), messages.text("trash.close"),
                css);
        return window.stage();
    }

    private boolean confirmEmpty(Window owner) {
        ButtonType delete = new ButtonType(messages.text("trash.emptyConfirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("trash.emptyDetail"), delete,
                ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text("trash.window"));
        alert.setHeaderText(messages.text("trash.emptyHeader", model.notes().size()));
        alert.getDialogPane().lookupButton(delete).setId("confirmEmpty");
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    /** A deleted note: its title, then when it was deleted and its kind. */
    private static final class TrashedCell extends TwoLineCell<TrashedNote> {
        private final Messages messages;

        TrashedCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected String firstLine(TrashedNote item) {
            return item.note().title();
        }

        @Override
        protected String secondLine(TrashedNote item) {
            return messages.text("trash.deletedAt", WHEN.format(item.deleted().atZone(ZoneId.systemDefault())),
                    messages.text("kind." + item.note().kind().slug()));
        }
    }
}
