package org.learnlog.ui.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.learnlog.ui.Messages;

/**
 * Every action of the menu bar with its shortcut, filtered as the user types; Enter runs the chosen one.
 * The same list, without the typing, answers F1: the keyboard shortcuts.
 */
public final class CommandPalette {
    private final MenuBar menus;
    private final Messages messages;

    public CommandPalette(MenuBar menus, Messages messages) {
        this.menus = menus;
        this.messages = messages;
    }

    /** One action: where it is in the menus, its shortcut (or ""), and the item that runs it. */
    record Action(String path, String shortcut, MenuItem item) {
        boolean matches(String typed) {
            String text = (path + " " + shortcut).toLowerCase(Locale.ROOT);
            for (String word : typed.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        /** As a screen reader says it: "File › Trash…, Ctrl+Shift+T". */
        @Override
        public String toString() {
            return path + (shortcut.isEmpty() ? "" : ", " + shortcut);
        }

        void run() {
            if (item instanceof CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            item.fire();
        }
    }

    /** The enabled actions of the menus, in menu order. */
    List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        menus.getMenus().forEach(menu -> collect(menu, menu.getText(), actions));
        return actions;
    }

    private static void collect(Menu menu, String path, List<Action> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + sub.getText(), into);
            } else if (!(item instanceof SeparatorMenuItem) && !item.isDisable() && item.getText() != null) {
                String keys = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                into.add(new Action(path + " › " + item.getText(), keys, item));
            }
        }
    }

    /** Shows the palette; {@code shortcutsOnly}: F1's list of the actions that have a shortcut. */
    public void show(Window owner, boolean shortcutsOnly) {
        List<Action> all = actions().stream().filter(action -> !shortcutsOnly || !action.shortcut().isEmpty()).toList();
        FilteredList<Action> shown = new FilteredList<>(FXCollections.observableArrayList(all));
        TextField filter = new TextField();
        filter.setId("paletteFilter");
        filter.setPromptText(messages.text("palette.prompt"));
        filter.setAccessibleText(messages.text("palette.prompt"));
        ListView<Action> list = new ListView<>(shown);
        list.setId("paletteList");
        list.setPrefSize(520, 360);
        list.setCellFactory(view -> new ActionCell());
        filter.textProperty().addListener((observable, old, typed) -> {
            shown.setPredicate(action -> action.matches(typed));
            list.getSelectionModel().selectFirst();
        });
        list.getSelectionModel().selectFirst();

        Dialog<Action> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(shortcutsOnly ? "palette.shortcutsTitle" : "palette.title"));
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.setResultConverter(button -> null);
        // Up and Down move through the list while the typing stays in the field; Enter runs the chosen action.
        filter.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (event.getCode() == KeyCode.DOWN ? 1 : -1);
                list.getSelectionModel().select(Math.max(0, Math.min(shown.size() - 1, at)));
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                choose(dialog, list);
                event.consume();
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getClickCount() == 2) {
                choose(dialog, list);
            }
        });
        Platform.runLater(filter::requestFocus);
        Optional<Action> chosen = dialog.showAndWait();
        chosen.ifPresent(Action::run);
    }

    private static void choose(Dialog<Action> dialog, ListView<Action> list) {
        Action action = list.getSelectionModel().getSelectedItem();
        if (action != null) {
            dialog.setResult(action);
            dialog.close();
        }
    }

    /** An action's place in the menus on the left, its shortcut on the right. */
    private static final class ActionCell extends ListCell<Action> {
        @Override
        protected void updateItem(Action action, boolean empty) {
            super.updateItem(action, empty);
            if (empty || action == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label keys = new Label(action.shortcut());
            keys.getStyleClass().add("note-details");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setGraphic(new HBox(12, new Label(action.path()), gap, keys));
            setAccessibleText(action.toString());
        }
    }
}
