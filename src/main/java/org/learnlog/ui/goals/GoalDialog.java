package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.GoalDraft;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/** Asks for a new goal: title, why, metric and unit, which way is better, baseline, target and due date. */
public final class GoalDialog {
    private final Messages messages;
    private final TextField title = new TextField();
    private final TextField why = new TextField();
    private final TextField metric = new TextField();
    private final TextField unit = new TextField();
    private final ChoiceBox<Direction> direction = new ChoiceBox<>();
    private final TextField baseline = new TextField();
    private final TextField target = new TextField();
    private final DatePicker due = new DatePicker();
    private final ChoiceBox<Cadence> cadence = new ChoiceBox<>();

    public GoalDialog(Messages messages) {
        this.messages = messages;
    }

    /** Shows the dialog; empty if the user cancels. The goals service still checks what comes back. */
    public Optional<GoalDraft> ask(Window owner, LocalDate today) {
        Dialog<GoalDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("goal.dialog.title"));
        dialog.setHeaderText(messages.text("goal.dialog.header"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        due.setValue(today.plusMonths(3));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("createGoal");
        ok.disableProperty().bind(incomplete(today));
        dialog.setResultConverter(button -> button == ButtonType.OK ? draft() : null);
        title.requestFocus();
        return dialog.showAndWait();
    }

    private GridPane form() {
        title.setId("goalTitle");
        metric.setId("goalMetric");
        baseline.setId("goalBaseline");
        target.setId("goalTarget");
        title.setPromptText(messages.text("goal.title.prompt"));
        why.setPromptText(messages.text("goal.why.prompt"));
        metric.setPromptText(messages.text("goal.metric.prompt"));
        unit.setPromptText(messages.text("goal.unit.prompt"));
        direction.getItems().setAll(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
        direction.setValue(Direction.HIGHER_IS_BETTER);
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction value) {
                return value == Direction.LOWER_IS_BETTER ? messages.text("goal.lower") : messages.text("goal.higher");
            }

            @Override
            public Direction fromString(String text) {
                return null;
            }
        });
        cadence.getItems().setAll(Cadence.values());
        cadence.setValue(Cadence.WEEKLY);
        cadence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Cadence value) {
                return value == null ? "" : messages.text("goal.cadence." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Cadence fromString(String text) {
                return null;
            }
        });
        // The numbers say which way is better; the choice follows them and the user can still see it.
        baseline.textProperty().addListener((observable, old, text) -> followNumbers());
        target.textProperty().addListener((observable, old, text) -> followNumbers());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        addRow(grid, 0, "goal.title", title);
        addRow(grid, 1, "goal.why", why);
        addRow(grid, 2, "goal.metric", metric);
        addRow(grid, 3, "goal.unit", unit);
        addRow(grid, 4, "goal.direction", direction);
        addRow(grid, 5, "goal.baseline", baseline);
        addRow(grid, 6, "goal.target", target);
        addRow(grid, 7, "goal.due", due);
        addRow(grid, 8, "goal.cadence", cadence);
        return grid;
    }

    private void followNumbers() {
        Double from = number(baseline.getText());
        Double to = number(target.getText());
        if (from != null && to != null && !from.equals(to)) {
            direction.setValue(to < from ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
        }
    }

    private void addRow(GridPane grid, int row, String key, Node field) {
        grid.addRow(row, new Label(messages.text(key)), field);
    }

    private BooleanBinding incomplete(LocalDate today) {
        return Bindings.createBooleanBinding(() -> title.getText().isBlank() || metric.getText().isBlank()
                        || number(baseline.getText()) == null || number(target.getText()) == null
                        || due.getValue() == null || !due.getValue().isAfter(today),
                title.textProperty(), metric.textProperty(), baseline.textProperty(), target.textProperty(),
                due.valueProperty());
    }

    private GoalDraft draft() {
        return new GoalDraft(title.getText(), why.getText(), metric.getText(), unit.getText(), direction.getValue(),
                number(baseline.getText()), number(target.getText()), due.getValue(), cadence.getValue());
    }

    private static Double number(String text) {
        OptionalDouble value = Numbers.parse(text);
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
