package org.learnlog.ui.goals;

import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.learnlog.model.GoalCount;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.TagCount;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/** The Goals screen: one row per goal; Enter or a double click opens it. Below, notes per goal and tag. */
public final class GoalsController {
    @FXML
    private VBox goalsScreen;
    @FXML
    private ListView<GoalProgress> goalList;
    @FXML
    private BarChart<Number, String> perGoalChart;
    @FXML
    private BarChart<Number, String> perTagChart;
    @FXML
    private Label goalsProblem;

    private final GoalsModel model;
    private final Navigation navigation;
    private final Runnable newGoal;
    private final Messages messages;

    /** {@code newGoal} asks for a goal and creates it. */
    public GoalsController(GoalsModel model, Navigation navigation, Runnable newGoal, Messages messages) {
        this.model = model;
        this.navigation = navigation;
        this.newGoal = newGoal;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        GoalBadges badges = new GoalBadges(messages);
        goalList.setItems(model.goals());
        goalList.setCellFactory(list -> new GoalRowCell(badges));
        goalList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        goalList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        goalsProblem.textProperty().bind(model.problem());
        goalsProblem.visibleProperty().bind(model.problem().isNotEmpty());
        goalsProblem.managedProperty().bind(goalsProblem.visibleProperty());
        ActivityBars bars = new ActivityBars(messages);
        model.notesPerGoal().addListener((Observable change) ->
                bars.show(perGoalChart, model.notesPerGoal(), GoalCount::title, GoalCount::count));
        model.notesPerTag().addListener((Observable change) ->
                bars.show(perTagChart, model.notesPerTag(), TagCount::name, TagCount::count));
        goalsScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.GOALS));
        goalsScreen.visibleProperty().addListener((observable, was, visible) -> model.shown(visible));
        // Built on the way to this screen, so the move that shows it has already happened.
        model.shown(navigation.isAt(Place.Screen.GOALS));
    }

    @FXML
    void newGoal() {
        newGoal.run();
    }

    private void openSelected() {
        GoalProgress selected = goalList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigation.go(Place.goal(selected.goal().slug()));
        }
    }
}
