package org.learnlog.ui.journal;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.aids.AidMaker;

/**
 * Keeps the sidebar and the window's place in step: a click on a row goes there (or opens the aid),
 * and a move made elsewhere, e.g. a goal opened from the Goals screen, selects its row.
 */
final class SidebarNavigation {
    private final TreeView<SidebarItem> sidebar;
    private final SidebarTree tree;
    private final NoteListModel journal;
    private final Navigation navigation;

    SidebarNavigation(TreeView<SidebarItem> sidebar, NoteListModel journal, Navigation navigation, AidMaker aidMaker,
                      Messages messages) {
        this.sidebar = sidebar;
        this.tree = new SidebarTree(sidebar, messages);
        this.journal = journal;
        this.navigation = navigation;
        ListChangeListener<Object> rebuild = change -> show();
        journal.goals().addListener(rebuild);
        journal.tags().addListener(rebuild);
        journal.aids().addListener(rebuild);
        journal.dueReviews().addListener(rebuild);
        // The Today row's filter names the day.
        journal.day().addListener((observable, old, day) -> show());
        navigation.placeProperty().addListener((observable, old, place) -> tree.select(place));
        sidebar.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item == null || item.getValue().isHeading()) {
                return;
            }
            if (item.getValue().aid() != null) {
                Platform.runLater(() -> tree.select(navigation.place()));
                aidMaker.open(window(), item.getValue().aid());
            } else {
                navigation.go(item.getValue().place());
            }
        });
        show();
    }

    private void show() {
        tree.show(new SidebarTree.Content(journal.today(), journal.goals(), journal.tags(), journal.aids(),
                journal.dueReviews().size()), navigation.place());
    }

    private Window window() {
        return sidebar.getScene().getWindow();
    }
}
