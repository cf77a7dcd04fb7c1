package org.learnlog.ui.goals;

import org.learnlog.model.Signatures;
import org.learnlog.model.LibraryEntry;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalReport;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Review;
import org.learnlog.service.CheckInResult;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.Messages;
import org.learnlog.ui.ReplaceFiles;
import org.learnlog.ui.Windows;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/** One goal's page: numbers, chart, check-ins, evidence and reviews, and what can be done with the goal. */
public final class GoalDetailController {
    @FXML
    private VBox goalScreen;
    @FXML
    private StackPane chartPane;
    @FXML
    private TableView<CheckIn> checkInTable;
    @FXML
    private ListView<NoteSummary> evidenceList;
    @FXML
    private ListView<Review> reviewList;
    @FXML
    private Label goalMessage;
    @FXML
    private Button editCheckInButton;
    @FXML
    private Button deleteCheckInButton;
    @FXML
    private Label goalHeading;
    @FXML
    private Label goalMetricLine;
    @FXML
    private Label goalBadge;
    @FXML
    private Label goalNumbers;
    @FXML
    private Label nextTry;
    @FXML
    private Label evidenceSummary;
    @FXML
    private Label teamFeedback;

    private final GoalDetailModel model;
    private final Navigation navigation;
    private final GoalDialogs dialogs;
    private final Windows windows;
    private final FolderPicker folders;
    private final Messages messages;
    private final ProgressChart charts;
    private final GoalPrompts prompts;
    private final GoalTexts texts;

    public GoalDetailController(GoalDetailModel model, Navigation navigation, GoalDialogs dialogs, Windows windows,
                                FolderPicker folders, Messages messages) {
        this.model = model;
        this.navigation = navigation;
        this.dialogs = dialogs;
        this.windows = windows;
        this.folders = folders;
        this.messages = messages;
        this.charts = new ProgressChart(messages);
        this.prompts = new GoalPrompts(windows, messages);
        this.texts = new GoalTexts(messages);
    }

    @FXML
    private void initialize() {
        goalScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.GOAL));
        model.shared().addListener((ListChangeListener<LibraryEntry>) change -> showShared());
        showShared();
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.screen() == Place.Screen.GOAL) {
                model.load(place.goal());
            }
        });
        new CheckInColumns(messages).install(checkInTable);
        checkInTable.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editCheckIn();
            }
        });
        editCheckInButton.disableProperty().bind(checkInTable.getSelectionModel().selectedItemProperty().isNull());
        deleteCheckInButton.disableProperty().bind(editCheckInButton.disableProperty());
        evidenceList.setCellFactory(list -> new EvidenceCell());
        evidenceList.setOnMouseClicked(event -> {
            NoteSummary note = evidenceList.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && note != null) {
                navigation.go(Place.note(NoteFilter.goal(model.slug()), note.id()));
            }
        });
        reviewList.setCellFactory(list -> new ReviewCell(messages));
        goalMessage.textProperty().bind(model.message());
        model.report().addListener((observable, old, report) -> show(report));
        // Built on the way to this screen, so the move that shows it has already happened.
        if (navigation.isAt(Place.Screen.GOAL)) {
            model.load(navigation.place().goal());
        }
    }

    /** What teammates said of this goal's notes and aids in the team libraries; hidden when nothing is shared. */
    private void showShared() {
        teamFeedback.setText(model.shared().stream().map(entry -> messages.text("goal.shared", entry.item().title(),
                entry.used(), entry.helped()) + entry.feedback().stream().filter(said -> !said.comment().isEmpty())
                .map(said -> "\n    “" + said.comment() + "” — " + Signatures.name(said.author()))
                .collect(Collectors.joining())).collect(Collectors.joining("\n")));
        teamFeedback.setVisible(!model.shared().isEmpty());
        teamFeedback.setManaged(teamFeedback.isVisible());
    }

    private void show(GoalReport report) {
        goalHeading.setText(report.goal().title());
        goalMetricLine.setText(texts.metric(report.goal()));
        goalBadge.setText(texts.badges().badge(report.progress()));
        goalBadge.getStyleClass().setAll("label", "badge", texts.badges().styleClass(report.progress()));
        goalNumbers.setText(texts.numbers(report, model.today()));
        nextTry.setText(report.nextTry().map(answer -> messages.text("goal.nextTry", answer)).orElse(""));
        nextTry.setVisible(report.nextTry().isPresent());
        nextTry.setManaged(nextTry.isVisible());
        evidenceSummary.setText(texts.evidence(report.evidenceSummary()));
        chartPane.getChildren().setAll(charts.build(report, model.today()));
        List<CheckIn> newestFirst = new ArrayList<>(report.checkIns());
        Collections.reverse(newestFirst);
        checkInTable.getItems().setAll(newestFirst);
        evidenceList.getItems().setAll(report.evidence());
        reviewList.getItems().setAll(report.reviews());
    }

    @FXML
    void checkIn() {
        GoalReport report = model.report().get();
        if (report != null) {
            dialogs.checkIn(window(), report, null, model.today())
                    .ifPresent(form -> model.checkIn(form, this::askAchieved));
        }
    }

    @FXML
    void editGoal() {
        GoalReport report = model.report().get();
        if (report != null) {
            dialogs.editGoal(window(), report.progress().goal()).ifPresent(goal -> model.reload());
        }
    }

    @FXML
    void editCheckIn() {
        CheckIn selected = checkInTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.checkIn(window(), model.report().get(), selected, model.today())
                    .ifPresent(form -> model.edit(selected.id(), form, this::askAchieved));
        }
    }

    @FXML
    void deleteCheckIn() {
        CheckIn selected = checkInTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.delete(selected.id());
        }
    }

    @FXML
    void review() {
        navigation.go(Place.review(model.slug()));
    }

    @FXML
    void showNotes() {
        navigation.go(Place.notes(NoteFilter.goal(model.slug())));
    }

    @FXML
    void exportReview() {
        GoalReport report = model.report().get();
        if (report != null) {
            folders.pick(window(), messages.text("review.exportChooser")).ifPresent(folder ->
                    model.exportReview(folder, ChartPng.draw(charts.build(report, model.today()), windows),
                            files -> new ReplaceFiles(windows, messages).confirm(window(), files)));
        }
    }

    @FXML
    void markAchieved() {
        model.setStatus(GoalStatus.ACHIEVED);
    }

    @FXML
    void markDropped() {
        model.setStatus(GoalStatus.DROPPED);
    }

    @FXML
    void markActive() {
        model.setStatus(GoalStatus.ACTIVE);
    }

    @FXML
    void deleteGoal() {
        GoalReport report = model.report().get();
        if (report != null) {
            model.linkedNotes(count -> {
                if (prompts.delete(window(), report.goal(), count)) {
                    model.deleteGoal(() -> navigation.go(Place.goals()));
                }
            });
        }
    }

    private void askAchieved(CheckInResult result) {
        if (prompts.markAchieved(window(), result.progress().goal())) {
            model.setStatus(GoalStatus.ACHIEVED);
        }
    }

    private Window window() {
        return goalScreen.getScene().getWindow();
    }
}
