package org.learnlog.ui.goals;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.learnlog.model.Review;
import org.learnlog.ui.Messages;

/** A past review in the goal's history: its day and the answers given. */
final class ReviewCell extends ListCell<Review> {
    private final Messages messages;

    ReviewCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(Review review, boolean empty) {
        super.updateItem(review, empty);
        if (empty || review == null) {
            setGraphic(null);
            return;
        }
        Label day = new Label(review.date().toString());
        day.getStyleClass().add("goal-title");
        VBox box = new VBox(2, day);
        answer(box, "review.moved", review.moved());
        answer(box, "review.obstacles", review.obstacles());
        answer(box, "review.nextTry", review.nextTry());
        setGraphic(box);
    }

    private void answer(VBox box, String questionKey, String text) {
        if (!text.isBlank()) {
            Label line = new Label(messages.text(questionKey) + " " + text.strip());
            line.setWrapText(true);
            line.setMaxWidth(700);
            box.getChildren().add(line);
        }
    }
}
