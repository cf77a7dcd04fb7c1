package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalCheck;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.MetricValues;
import org.learnlog.ui.Choices;
import org.learnlog.ui.DateField;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Errors;
import org.learnlog.ui.FieldProblem;
import org.learnlog.ui.Job;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/**
 * A new goal, or a goal's numbers and words changed. OK checks the goal and saves it; a problem is said
 * under the field it is about, and the dialog stays open until the goal is saved.
 */
public final class GoalDialogController implements DialogController<Goal> {
    @FXML
    private DialogPane goalPane;
    @FXML
    private TextField goalTitle;
    @FXML
    private TextField goalWhy;
    @FXML
    private TextField goalMetric;
    @FXML
    private TextField goalUnit;
    @FXML
    private ChoiceBox<Direction> goalDirection;
    @FXML
    private Label baselineLabel;
    @FXML
    private TextField goalBaseline;
    @FXML
    private TextField goalTarget;
    @FXML
    private DateField goalDue;
    @FXML
    private ChoiceBox<Cadence> goalCadence;
    @FXML
    private Label titleProblem;
    @FXML
    private Label metricProblem;
    @FXML
    private Label unitProblem;
    @FXML
    private Label baselineProblem;
    @FXML
    private Label targetProblem;
    @FXML
    private Label dueProblem;
    @FXML
    private Label saveProblem;

    private final Goal existing;
    private final LocalDate today;
    private final Function<GoalDraft, Job<Goal>> save;
    private final Messages messages;
    private final Map<GoalCheck.Field, FieldProblem> problems = new EnumMap<>(GoalCheck.Field.class);
    private Dialog<Goal> dialog;

    /** {@code existing} is the goal to change, or null for a new one; {@code save} writes what OK accepts. */
    public GoalDialogController(Goal existing, LocalDate today, Function<GoalDraft, Job<Goal>> save, Messages messages) {
        this.existing = existing;
        this.today = today;
        this.save = save;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        goalDirection.getItems().setAll(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
        goalDirection.setConverter(Choices.named(value -> messages.text(
                value == Direction.LOWER_IS_BETTER ? "goal.lower" : "goal.higher")));
        goalCadence.getItems().setAll(Cadence.values());
        goalCadence.setConverter(Choices.named(value -> messages.text("goal.cadence."
                + value.name().toLowerCase(Locale.ROOT))));
        problems.put(GoalCheck.Field.TITLE, new FieldProblem(goalTitle, titleProblem));
        problems.put(GoalCheck.Field.METRIC, new FieldProblem(goalMetric, metricProblem));
        problems.put(GoalCheck.Field.UNIT, new FieldProblem(goalUnit, unitProblem));
        problems.put(GoalCheck.Field.BASELINE, new FieldProblem(goalBaseline, baselineProblem));
        problems.put(GoalCheck.Field.TARGET, new FieldProblem(goalTarget, targetProblem));
        problems.put(GoalCheck.Field.DUE, new FieldProblem(goalDue, dueProblem));
        saveProblem.visibleProperty().bind(saveProblem.textProperty().isNotEmpty());
        saveProblem.managedProperty().bind(saveProblem.visibleProperty());
        show(existing);
        // The numbers say which way is better; the choice follows them and the user can still see it.
        goalBaseline.textProperty().addListener((observable, old, text) -> followNumbers());
        goalTarget.textProperty().addListener((observable, old, text) -> followNumbers());
        goalPane.lookupButton(ButtonType.OK).setId(existing == null ? "createGoal" : "saveGoal");
        goalPane.lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            accept();
        });
        Platform.runLater(goalTitle::requestFocus);
    }

    private void show(Goal goal) {
        if (goal == null) {
            goalDirection.setValue(Direction.HIGHER_IS_BETTER);
            goalCadence.setValue(Cadence.WEEKLY);
            goalDue.show(today.plusMonths(3));
            return;
        }
        goalTitle.setText(goal.title());
        goalWhy.setText(goal.why());
        goalMetric.setText(goal.metric());
        goalUnit.setText(goal.unit());
        goalDirection.setValue(goal.direction());
        goalBaseline.setText(MetricValues.format(goal.baseline()));
        baselineLabel.setText(messages.text("goal.baselineOn", goal.baselineDate().toString()));
        goalTarget.setText(MetricValues.format(goal.target()));
        goalDue.show(goal.due());
        goalCadence.setValue(goal.cadence());
    }

    @Override
    public void opened(Dialog<Goal> shown) {
        dialog = shown;
    }

    /** Checks the goal; if nothing is wrong, saves it and closes with the saved goal. */
    private void accept() {
        problems.values().forEach(FieldProblem::clear);
        saveProblem.setText("");
        if (!goalDue.commit()) {
            problems.get(GoalCheck.Field.DUE).say(messages.text("date.invalid", goalDue.getEditor().getText()));
            problems.get(GoalCheck.Field.DUE).focus();
            fit();
            return;
        }
        GoalDraft draft = draft();
        List<GoalCheck.Problem> found = GoalCheck.problems(draft, existing == null ? today : existing.baselineDate());
        if (!found.isEmpty()) {
            found.forEach(problem -> problems.get(problem.field()).say(problem.message()));
            problems.get(found.get(0).field()).focus();
            fit();
            return;
        }
        Node ok = goalPane.lookupButton(ButtonType.OK);
        ok.setDisable(true);
        save.apply(draft).onSuccess(goal -> {
            dialog.setResult(goal);
            dialog.close();
        }).onError(failure -> {
            ok.setDisable(false);
            saveProblem.setText(messages.text("action.failed", messages.text(existing == null ? "action.createGoal"
                    : "action.editGoal"), Errors.describe(failure)));
            fit();
        });
    }

    /** Grows the dialog to show the problems it now says, so its buttons stay in it. */
    private void fit() {
        goalPane.getScene().getWindow().sizeToScene();
    }

    private GoalDraft draft() {
        return new GoalDraft(goalTitle.getText(), goalWhy.getText(), goalMetric.getText(), goalUnit.getText(),
                goalDirection.getValue(), number(goalBaseline.getText()), number(goalTarget.getText()),
                goalDue.getValue(), goalCadence.getValue());
    }

    @Override
    public Goal result(ButtonType button) {
        return null;
    }

    private void followNumbers() {
        double from = number(goalBaseline.getText());
        double to = number(goalTarget.getText());
        if (Double.isFinite(from) && Double.isFinite(to) && from != to) {
            goalDirection.setValue(to < from ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
        }
    }

    /** The number in {@code text}, or NaN, which the check calls not a number. */
    private static double number(String text) {
        OptionalDouble value = Numbers.parse(text);
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }
}
