package org.learnlog.ui.goals;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.learnlog.model.GoalProgress;

/** One goal on the Goals screen: title and metric, a progress bar with its percentage, numbers and a badge. */
final class GoalRowCell extends ListCell<GoalProgress> {
    private final GoalBadges badges;
    private final Label title = new Label();
    private final Label metric = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label percent = new Label();
    private final Label numbers = new Label();
    private final Label badge = new Label();
    private final HBox row;

    GoalRowCell(GoalBadges badges) {
        this.badges = badges;
        title.getStyleClass().add("goal-title");
        metric.getStyleClass().add("goal-metric");
        percent.getStyleClass().add("goal-percent");
        numbers.getStyleClass().add("goal-numbers");
        bar.setPrefWidth(160);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        // Fixed widths keep the bars of all rows in one column.
        numbers.setMinWidth(260);
        numbers.setPrefWidth(260);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, metric);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        row = new HBox(12, text, bar, percent, numbers, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("goal-row");
    }

    @Override
    protected void updateItem(GoalProgress progress, boolean empty) {
        super.updateItem(progress, empty);
        if (empty || progress == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(progress.goal().title());
        metric.setText(progress.goal().metric());
        bar.setProgress(progress.progress());
        percent.setText(badges.percent(progress));
        numbers.setText(badges.numbers(progress));
        badge.setText(badges.badge(progress));
        badge.getStyleClass().setAll("label", "badge", badges.styleClass(progress));
        setAccessibleText(String.join(", ", title.getText(), percent.getText(), numbers.getText(), badge.getText()));
        setGraphic(row);
    }
}
