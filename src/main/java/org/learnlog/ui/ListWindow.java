package org.learnlog.ui;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;

/**
 * A small window beside the main one that shows a list and acts on it, as the trash and the backups
 * do: the list with a placeholder when empty, a status line, buttons on the left and the right of a
 * Close button, and Escape to close.
 */
public final class ListWindow<T> {
    private final Stage stage = new Stage();
    private final ListView<T> list;

    public ListWindow(Window owner, String title, ObservableList<T> items, String listId,
                      Callback<ListView<T>, ListCell<T>> cells, String placeholder) {
        stage.initOwner(owner);
        stage.setTitle(title);
        list = new ListView<>(items);
        list.setId(listId);
        list.getStyleClass().add("note-list");
        list.setCellFactory(cells);
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        empty.getStyleClass().add("list-placeholder");
        list.setPlaceholder(empty);
    }

    public Stage stage() {
        return stage;
    }

    public ListView<T> list() {
        return list;
    }

    /** Puts the window together and shows it, with the focus in the list. */
    public void show(ObservableStringValue status, String statusId, List<Node> left, List<Node> right,
                     String closeText, String css) {
        BorderPane root = new BorderPane(list, null, null, footer(status, statusId, left, right, closeText), null);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 560, 460);
        scene.getStylesheets().add(css);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        list.requestFocus();
    }

    private VBox footer(ObservableStringValue status, String statusId, List<Node> left, List<Node> right,
                        String closeText) {
        Label line = new Label();
        line.setId(statusId);
        line.setWrapText(true);
        line.textProperty().bind(status);
        Button close = new Button(closeText);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8);
        buttons.getChildren().addAll(left);
        buttons.getChildren().add(spacer);
        buttons.getChildren().addAll(right);
        buttons.getChildren().add(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(8, line, buttons);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
    }
}
