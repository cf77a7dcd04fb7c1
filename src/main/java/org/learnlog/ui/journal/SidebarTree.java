package org.learnlog.ui.journal;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.TagCount;
import org.learnlog.ui.Messages;

/** Builds the sidebar: Today, All notes, then Goals and Tags with one entry each. */
final class SidebarTree {
    private final TreeView<SidebarItem> tree;
    private final Messages messages;

    SidebarTree(TreeView<SidebarItem> tree, Messages messages) {
        this.tree = tree;
        this.messages = messages;
    }

    /** Rebuilds the rows and keeps {@code selected} selected if it is still there. */
    void show(NoteFilter today, List<Goal> goals, List<TagCount> tags, List<Aid> aids, NoteFilter selected) {
        TreeItem<SidebarItem> root = new TreeItem<>(SidebarItem.heading(""));
        root.getChildren().add(leaf(SidebarItem.filter(messages.text("sidebar.today"), today), "fth-sun"));
        root.getChildren().add(leaf(SidebarItem.filter(messages.text("sidebar.all"), NoteFilter.all()), "fth-book-open"));
        TreeItem<SidebarItem> goalSection = section(messages.text("sidebar.goals"), "fth-target");
        goals.forEach(goal -> goalSection.getChildren().add(
                leaf(SidebarItem.filter(goal.title(), NoteFilter.goal(goal.slug())), null)));
        TreeItem<SidebarItem> tagSection = section(messages.text("sidebar.tags"), "fth-tag");
        tags.forEach(tag -> tagSection.getChildren().add(
                leaf(SidebarItem.filter(tag.name() + "  " + tag.count(), NoteFilter.tag(tag.name())), null)));
        TreeItem<SidebarItem> aidSection = section(messages.text("sidebar.aids"), "fth-share-2");
        aids.forEach(aid -> aidSection.getChildren().add(leaf(SidebarItem.aid(aid), null)));
        root.getChildren().addAll(goalSection, tagSection, aidSection);
        tree.setRoot(root);
        select(root, selected);
    }

    /** Selects the row of {@code filter} again, e.g. after an aid row was clicked to open the aid. */
    void select(NoteFilter filter) {
        select(tree.getRoot(), filter);
    }

    private void select(TreeItem<SidebarItem> item, NoteFilter filter) {
        if (item.getValue() != null && Objects.equals(item.getValue().filter(), filter) && !item.getValue().isHeading()) {
            tree.getSelectionModel().select(item);
            return;
        }
        item.getChildren().forEach(child -> select(child, filter));
    }

    private static TreeItem<SidebarItem> section(String label, String icon) {
        TreeItem<SidebarItem> section = leaf(SidebarItem.heading(label), icon);
        section.setExpanded(true);
        return section;
    }

    private static TreeItem<SidebarItem> leaf(SidebarItem item, String icon) {
        return icon == null ? new TreeItem<>(item) : new TreeItem<>(item, new FontIcon(icon));
    }
}
