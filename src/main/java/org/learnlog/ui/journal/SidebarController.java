package org.learnlog.ui.journal;

import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.learnlog.model.Aid;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Windows;

/**
 * The sidebar, in step with the window's place: a click on a row goes there (or opens the aid), and a
 * move made elsewhere, e.g. a goal opened from the Goals screen, selects its row.
 */
public final class SidebarController {
    @FXML
    private TreeView<SidebarItem> sidebar;

    private final SidebarModel model;
    private final NoteListModel list;
    private final Navigation navigation;
    private final BiConsumer<Window, Aid> openAid;
    private final TagRenaming renaming;
    private final Windows windows;
    private final Messages messages;
    private SidebarTree tree;

    public SidebarController(SidebarModel model, NoteListModel list, Navigation navigation,
                             BiConsumer<Window, Aid> openAid, TagRenaming renaming, Windows windows, Messages messages) {
        this.model = model;
        this.list = list;
        this.navigation = navigation;
        this.openAid = openAid;
        this.renaming = renaming;
        this.windows = windows;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        tree = new SidebarTree(sidebar, messages);
        ListChangeListener<Object> rebuild = change -> show();
        model.goals().addListener(rebuild);
        model.tags().addListener(rebuild);
        model.aids().addListener(rebuild);
        model.dueReviews().addListener(rebuild);
        // The Today row's filter names the day.
        model.day().addListener((observable, old, day) -> show());
        navigation.placeProperty().addListener((observable, old, place) -> tree.select(place));
        sidebar.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item == null || item.getValue().isHeading()) {
                return;
            }
            if (item.getValue().aid() != null) {
                Platform.runLater(() -> tree.select(navigation.place()));
                openAid.accept(sidebar.getScene().getWindow(), item.getValue().aid());
            } else {
                navigation.go(item.getValue().place());
            }
        });
        sidebar.setContextMenu(tagMenu());
        show();
    }

    /** Rename tag…, on a tag's row (a right click selects the row first; Shift+F10 or the menu key work too). */
    private ContextMenu tagMenu() {
        MenuItem rename = new MenuItem(messages.text("tags.rename"));
        rename.setId("renameTag");
        rename.setOnAction(event -> selectedTag().ifPresent(tag -> renaming.ask(sidebar.getScene().getWindow(), tag,
                (from, to) -> windows.confirm(sidebar.getScene().getWindow(), messages.text("tags.mergeHeader", from, to),
                        messages.text("tags.mergeDetail", from, to), messages.text("tags.mergeConfirm"), "confirmTagMerge"))));
        ContextMenu menu = new ContextMenu(rename);
        menu.setOnShowing(event -> rename.setDisable(selectedTag().isEmpty()));
        return menu;
    }

    private Optional<String> selectedTag() {
        TreeItem<SidebarItem> item = sidebar.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item).map(TreeItem::getValue).map(SidebarItem::tag);
    }

    private void show() {
        tree.show(new SidebarTree.Content(list.today(), model.goals(), model.tags(), model.aids(),
                model.dueReviews().size()), navigation.place());
    }
}
