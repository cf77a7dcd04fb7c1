package org.learnlog.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.model.TrashedNote;
import org.learnlog.service.Trash;
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
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text("trash.window"));
        ListView<TrashedNote> list = new ListView<>(model.notes());
        list.setId("trashList");
        list.getStyleClass().add("note-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new TrashedCell(messages));
        Label empty = new Label(messages.text("trash.empty", Trash.KEPT.toDays()));
        empty.setWrapText(true);
        empty.getStyleClass().add("list-placeholder");
        list.setPlaceholder(empty);
        BorderPane root = new BorderPane(list, null, null, footer(stage, list), null);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 560, 460);
        scene.getStylesheets().add(css);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (event.getCode() == KeyCode.ENTER) {
                model.restore(list.getSelectionModel().getSelectedItems());
            }
        });
        stage.setScene(scene);
        model.load();
        stage.show();
        list.requestFocus();
        return stage;
    }

    private VBox footer(Stage stage, ListView<TrashedNote> list) {
        Label status = new Label();
        status.setId("trashStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Button restore = new Button(messages.text("trash.restore"));
        restore.setId("restoreNotes");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> model.restore(list.getSelectionModel().getSelectedItems()));
        Button emptyTrash = new Button(messages.text("trash.emptyAll"));
        emptyTrash.setId("emptyTrash");
        emptyTrash.disableProperty().bind(Bindings.isEmpty(model.notes()));
        emptyTrash.setOnAction(event -> {
            if (confirmEmpty(stage)) {
                model.empty();
            }
        });
        Button close = new Button(messages.text("trash.close"));
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, emptyTrash, new Pane(), restore, close);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(8, status, buttons);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
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
