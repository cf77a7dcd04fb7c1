package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/** Asks for a new goal: title, why, metric and unit, which way is better, baseline, target, due date and cadence. */
public final class GoalDialogController implements DialogController<GoalDraft> {
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
    private TextField goalBaseline;
    @FXML
    private TextField goalTarget;
    @FXML
    private DatePicker goalDue;
    @FXML
    private ChoiceBox<Cadence> goalCadence;

    private final LocalDate today;
    private final Messages messages;

    public GoalDialogController(LocalDate today, Messages messages) {
        this.today = today;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        goalDirection.getItems().setAll(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
        goalDirection.setValue(Direction.HIGHER_IS_BETTER);
        goalDirection.setConverter(names(value -> value == Direction.LOWER_IS_BETTER ? messages.text("goal.lower")
                : messages.text("goal.higher")));
        goalCadence.getItems().setAll(Cadence.values());
        goalCadence.setValue(Cadence.WEEKLY);
        goalCadence.setConverter(names(value -> messages.text("goal.cadence." + value.name().toLowerCase(Locale.ROOT))));
        goalDue.setValue(today.plusMonths(3));
        // The numbers say which way is better; the choice follows them and the user can still see it.
        goalBaseline.textProperty().addListener((observable, old, text) -> followNumbers());
        goalTarget.textProperty().addListener((observable, old, text) -> followNumbers());
        goalPane.lookupButton(ButtonType.OK).setId("createGoal");
        goalPane.lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> goalTitle.getText().isBlank() || goalMetric.getText().isBlank()
                        || number(goalBaseline.getText()) == null || number(goalTarget.getText()) == null
                        || goalDue.getValue() == null || !goalDue.getValue().isAfter(today),
                goalTitle.textProperty(), goalMetric.textProperty(), goalBaseline.textProperty(),
                goalTarget.textProperty(), goalDue.valueProperty()));
        Platform.runLater(goalTitle::requestFocus);
    }

    @Override
    public GoalDraft result(ButtonType button) {
        return button != ButtonType.OK ? null : new GoalDraft(goalTitle.getText(), goalWhy.getText(), goalMetric.getText(),
                goalUnit.getText(), goalDirection.getValue(), number(goalBaseline.getText()), number(goalTarget.getText()),
                goalDue.getValue(), goalCadence.getValue());
    }

    private void followNumbers() {
        Double from = number(goalBaseline.getText());
        Double to = number(goalTarget.getText());
        if (from != null && to != null && !from.equals(to)) {
            goalDirection.setValue(to < from ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
        }
    }

    private static Double number(String text) {
        OptionalDouble value = Numbers.parse(text);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }
}
