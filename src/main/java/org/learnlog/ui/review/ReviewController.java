package org.learnlog.ui.review;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.MetricValues;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Review;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.service.CheckInResult;
import org.learnlog.service.ReviewPage;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.goals.GoalPrompts;
import org.learnlog.ui.TabMovesOn;

/** The Review screen: goals due on the left; on the right, the notes since the last review, a check-in and three questions. */
public final class ReviewController {
    @FXML
    private VBox reviewScreen;
    @FXML
    private ListView<ReviewSchedule> dueList;
    @FXML
    private VBox reviewPage;
    @FXML
    private Label reviewGoal;
    @FXML
    private Label reviewNumbers;
    @FXML
    private Label lastPlan;
    @FXML
    private Label notesSinceLabel;
    @FXML
    private ListView<NoteSummary> notesSince;
    @FXML
    private TextField reviewValue;
    @FXML
    private TextArea reviewMoved;
    @FXML
    private TextArea reviewObstacles;
    @FXML
    private TextArea reviewNextTry;
    @FXML
    private Button saveReview;
    @FXML
    private Label reviewMessage;

    private final ReviewModel model;
    private final Navigation navigation;
    private final GoalPrompts prompts;
    private final Messages messages;

    public ReviewController(ReviewModel model, Navigation navigation, GoalPrompts prompts, Messages messages) {
        this.model = model;
        this.navigation = navigation;
        this.prompts = prompts;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        reviewScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.REVIEW));
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.screen() == Place.Screen.REVIEW) {
                model.load(place.goal());
            }
        });
        dueList.setItems(model.due());
        dueList.setCellFactory(list -> new DueCell());
        dueList.getSelectionModel().selectedItemProperty().addListener((observable, old, schedule) -> {
            if (schedule != null) {
                model.open(schedule.goal().slug());
            }
        });
        notesSince.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NoteSummary note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : note.date() + "   " + note.title());
            }
        });
        reviewValue.textProperty().bindBidirectional(model.valueProperty());
        reviewMoved.textProperty().bindBidirectional(model.movedProperty());
        reviewObstacles.textProperty().bindBidirectional(model.obstaclesProperty());
        reviewNextTry.textProperty().bindBidirectional(model.nextTryProperty());
        List.of(reviewMoved, reviewObstacles, reviewNextTry).forEach(TabMovesOn::install);
        reviewPage.visibleProperty().bind(model.page().isNotNull());
        reviewMessage.textProperty().bind(model.message());
        model.page().addListener((observable, old, page) -> show(page));
        // Built on the way to this screen, so the move that shows it has already happened.
        if (navigation.isAt(Place.Screen.REVIEW)) {
            model.load(navigation.place().goal());
        }
    }

    private void show(ReviewPage page) {
        if (page == null) {
            return;
        }
        GoalProgress progress = page.progress();
        String unit = progress.goal().unit().isEmpty() ? "" : " " + progress.goal().unit();
        reviewGoal.setText(progress.goal().title());
        reviewNumbers.setText(messages.text("review.numbers", MetricValues.format(progress.latestValue()) + unit,
                MetricValues.format(progress.goal().target()) + unit, Math.round(progress.progress() * 100),
                messages.text(progress.onTrack() ? "goal.badge.onTrack" : "goal.badge.behind")));
        String plan = page.lastReview().map(Review::nextTry).filter(next -> !next.isBlank()).orElse("");
        lastPlan.setText(messages.text("review.lastPlan", plan));
        lastPlan.setVisible(!plan.isEmpty());
        lastPlan.setManaged(!plan.isEmpty());
        notesSinceLabel.setText(page.lastReview()
                .map(last -> messages.text("review.notesSince", page.notesSince().size(), last.date()))
                .orElse(messages.text("review.notesSinceStart", page.notesSince().size())));
        notesSince.getItems().setAll(page.notesSince());
        reviewValue.setPromptText(messages.text("review.valuePrompt", progress.goal().metric()));
        dueList.getItems().stream().filter(s -> s.goal().slug().equals(progress.goal().slug())).findFirst()
                .ifPresentOrElse(dueList.getSelectionModel()::select, dueList.getSelectionModel()::clearSelection);
        reviewValue.requestFocus();
    }

    @FXML
    void save() {
        model.save(this::askAchieved);
    }

    private void askAchieved(CheckInResult result) {
        if (prompts.markAchieved(reviewScreen.getScene().getWindow(), result.progress().goal())) {
            String slug = result.progress().goal().slug();
            model.markAchieved(slug, () -> navigation.go(Place.goal(slug)));
        }
    }

    /** A due goal: its title and since when it is due. */
    private final class DueCell extends ListCell<ReviewSchedule> {
        @Override
        protected void updateItem(ReviewSchedule schedule, boolean empty) {
            super.updateItem(schedule, empty);
            setText(empty || schedule == null ? null
                    : messages.text("review.dueSince", schedule.goal().title(), schedule.nextDue()));
        }
    }
}
