package org.learnlog.ui.editor;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.learnlog.model.Goal;

/** Keeps the goals drop-down's checks and the editor's list of goal slugs in step, both ways. */
final class GoalChecks {
    private final CheckComboBox<Goal> box;
    private final ObservableList<Goal> goals;
    private final ObservableList<String> slugs;
    private final String noGoals;
    private boolean syncing;

    GoalChecks(CheckComboBox<Goal> box, ObservableList<Goal> goals, ObservableList<String> slugs, String noGoals) {
        this.box = box;
        this.goals = goals;
        this.slugs = slugs;
        this.noGoals = noGoals;
    }

    void bind() {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Goal goal) {
                return goal == null ? "" : goal.title() + "  (+" + goal.slug() + ")";
            }

            @Override
            public Goal fromString(String text) {
                return null;
            }
        });
        goals.addListener((ListChangeListener<Goal>) change -> showChecks());
        slugs.addListener((ListChangeListener<String>) change -> showChecks());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Goal>) change -> {
            takeChecks();
            showTitle();
        });
        showChecks();
    }

    private void showChecks() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            box.getItems().setAll(goals);
            box.getCheckModel().clearChecks();
            goals.stream().filter(goal -> slugs.contains(goal.slug())).forEach(box.getCheckModel()::check);
        } finally {
            syncing = false;
        }
        showTitle();
    }

    /** The closed box names the linked goals, or says there are none. */
    private void showTitle() {
        List<String> titles = box.getCheckModel().getCheckedItems().stream().map(Goal::title).toList();
        box.setTitle(titles.isEmpty() ? noGoals : String.join(", ", titles));
    }

    private void takeChecks() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<String> checked = box.getCheckModel().getCheckedItems().stream().map(Goal::slug).sorted().toList();
            slugs.setAll(checked);
        } finally {
            syncing = false;
        }
    }
}
