package org.learnlog.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import org.learnlog.model.TrashedNote;
import org.learnlog.service.Trash;
import org.learnlog.ui.Dates;
import org.learnlog.ui.ListPlaceholder;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;
import org.learnlog.ui.Windows;

/** The trash window: the notes deleted in the last 30 days, to restore (Enter) or delete for good. */
public final class TrashController {
    private static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;

    @FXML
    private ListView<TrashedNote> trashList;
    @FXML
    private Label trashStatus;
    @FXML
    private Button restoreNotes;
    @FXML
    private Button emptyTrash;

    private final TrashModel model;
    private final Windows windows;
    private final Messages messages;

    public TrashController(TrashModel model, Windows windows, Messages messages) {
        this.model = model;
        this.windows = windows;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        trashList.setItems(model.notes());
        trashList.setCellFactory(view -> new TrashedCell(messages));
        trashList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        trashList.setPlaceholder(ListPlaceholder.saying(messages.text("trash.empty", Trash.KEPT.toDays())));
        trashList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                restore();
            }
        });
        trashStatus.textProperty().bind(model.status());
        restoreNotes.disableProperty().bind(trashList.getSelectionModel().selectedItemProperty().isNull());
        emptyTrash.disableProperty().bind(Bindings.isEmpty(model.notes()));
        model.load();
        Platform.runLater(trashList::requestFocus);
    }

    @FXML
    void restore() {
        model.restore(trashList.getSelectionModel().getSelectedItems());
    }

    @FXML
    void empty() {
        if (windows.confirmCarefully(trashList.getScene().getWindow(), messages.text("trash.emptyHeader",
                model.notes().size()), messages.text("trash.emptyDetail"), messages.text("trash.emptyConfirm"),
                "confirmEmpty")) {
            model.empty();
        }
    }

    @FXML
    void close() {
        trashList.getScene().getWindow().hide();
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
