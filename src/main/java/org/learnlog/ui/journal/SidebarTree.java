package org.learnlog.ui.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.TagCount;
import org.learnlog.model.Tags;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Place;

/** Builds the sidebar: Today, All notes, Review, the team Library, then Goals, Tags and Aids with one entry each. */
final class SidebarTree {
    private final TreeView<SidebarItem> tree;
    private final Messages messages;

    SidebarTree(TreeView<SidebarItem> tree, Messages messages) {
        this.tree = tree;
        this.messages = messages;
    }

    /** What the rows show: the sidebar's lists and how many goals are due for review. */
    record Content(NoteFilter today, List<Goal> goals, List<TagCount> tags, List<Aid> aids, int dueReviews) {
    }

    /** Rebuilds the rows and keeps {@code selected} selected if it is still there. */
    void show(Content content, Place selected) {
        TreeItem<SidebarItem> root = new TreeItem<>(SidebarItem.heading(""));
        root.getChildren().add(leaf(SidebarItem.place(messages.text("sidebar.today"), Place.notes(content.today())), "fth-sun"));
        root.getChildren().add(leaf(SidebarItem.place(messages.text("sidebar.all"), Place.notes(NoteFilter.all())),
                "fth-book-open"));
        String review = content.dueReviews() == 0 ? messages.text("sidebar.review")
                : messages.text("sidebar.reviewDue", content.dueReviews());
        root.getChildren().add(leaf(SidebarItem.place(review, Place.review()), "fth-check-square"));
        root.getChildren().add(leaf(SidebarItem.place(messages.text("sidebar.library"), Place.library()), "fth-users"));
        TreeItem<SidebarItem> goalSection = section(SidebarItem.place(messages.text("sidebar.goals"), Place.goals()),
                "fth-target");
        content.goals().forEach(goal -> goalSection.getChildren().add(
                leaf(SidebarItem.place(goal.title(), Place.goal(goal.slug())), null)));
        TreeItem<SidebarItem> tagSection = section(SidebarItem.heading(messages.text("sidebar.tags")), "fth-tag");
        addTags(tagSection, content.tags());
        TreeItem<SidebarItem> aidSection = section(SidebarItem.heading(messages.text("sidebar.aids")), "fth-share-2");
        content.aids().forEach(aid -> aidSection.getChildren().add(leaf(SidebarItem.aid(aid), null)));
        root.getChildren().addAll(goalSection, tagSection, aidSection);
        tree.setRoot(root);
        select(selected);
    }

    /** Nested tags under their parent ({@code java/concurrency} under {@code java}), each row showing its last part. */
    private static void addTags(TreeItem<SidebarItem> section, List<TagCount> tags) {
        Map<String, TreeItem<SidebarItem>> rows = new HashMap<>();
        for (TagCount tag : tags) {
            String name = tag.name();
            String label = name.substring(name.lastIndexOf('/') + 1) + "  " + tag.count();
            TreeItem<SidebarItem> row = rows.get(Tags.key(name));
            if (row != null) {
                // A group made for a child listed before it, now a tag in its own right.
                row.setValue(SidebarItem.tag(label, name));
            } else {
                parentOf(name, section, rows).getChildren().add(row(rows, name, SidebarItem.tag(label, name)));
            }
        }
    }

    private static TreeItem<SidebarItem> parentOf(String name, TreeItem<SidebarItem> section,
                                                  Map<String, TreeItem<SidebarItem>> rows) {
        int slash = name.lastIndexOf('/');
        if (slash < 0) {
            return section;
        }
        String parent = name.substring(0, slash);
        TreeItem<SidebarItem> row = rows.get(Tags.key(parent));
        if (row == null) {
            row = row(rows, parent, SidebarItem.tagGroup(parent.substring(parent.lastIndexOf('/') + 1), parent));
            parentOf(parent, section, rows).getChildren().add(row);
        }
        return row;
    }

    private static TreeItem<SidebarItem> row(Map<String, TreeItem<SidebarItem>> rows, String name, SidebarItem item) {
        TreeItem<SidebarItem> row = new TreeItem<>(item);
        row.setExpanded(true);
        rows.put(Tags.key(name), row);
        return row;
    }

    /** Selects the row of {@code place} again, e.g. after an aid row was clicked to open the aid. */
    void select(Place place) {
        if (tree.getRoot() != null && !select(tree.getRoot(), place)) {
            tree.getSelectionModel().clearSelection();
        }
    }

    private boolean select(TreeItem<SidebarItem> item, Place place) {
        if (item.getValue() != null && Objects.equals(item.getValue().place(), place)) {
            if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
            }
            return true;
        }
        for (TreeItem<SidebarItem> child : item.getChildren()) {
            if (select(child, place)) {
                return true;
            }
        }
        return false;
    }

    private static TreeItem<SidebarItem> section(SidebarItem heading, String icon) {
        TreeItem<SidebarItem> section = leaf(heading, icon);
        section.setExpanded(true);
        return section;
    }

    private static TreeItem<SidebarItem> leaf(SidebarItem item, String icon) {
        return icon == null ? new TreeItem<>(item) : new TreeItem<>(item, new FontIcon(icon));
    }
}
