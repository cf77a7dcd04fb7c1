package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/**
 * Asks for a check-in, new or to correct: the day (not in the future), the value, a comment, and which
 * of the goal's linked notes are its evidence. The service checks it again when it is saved.
 */
final class CheckInDialog {
    private final Messages messages;

    CheckInDialog(Messages messages) {
        this.messages = messages;
    }

    /** {@code existing} is the check-in to correct, or null for a new one. */
    Optional<CheckInForm> ask(Window owner, GoalReport report, CheckIn existing, LocalDate today) {
        DatePicker day = new DatePicker(existing == null ? today : existing.date());
        day.setId("checkInDate");
        TextField value = new TextField(existing == null ? "" : MetricValues.format(existing.value()));
        value.setId("checkInValue");
        value.setPromptText(report.goal().unit());
        TextArea comment = new TextArea(existing == null ? "" : existing.comment());
        comment.setId("checkInComment");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        Map<UUID, BooleanProperty> ticked = new LinkedHashMap<>();
        report.evidence().forEach(note -> ticked.put(note.id(),
                new SimpleBooleanProperty(existing != null && existing.evidence().contains(note.id()))));
        ListView<NoteSummary> evidence = new ListView<>();
        evidence.getItems().setAll(report.evidence());
        evidence.setPrefHeight(150);
        evidence.setCellFactory(CheckBoxListCell.forListView(note -> ticked.get(note.id()), new Titles()));

        Dialog<CheckInForm> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(existing == null ? "checkin.title" : "checkin.editTitle"));
        dialog.setHeaderText(messages.text("checkin.header", report.goal().metric(), report.goal().title()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.text("checkin.value")), value);
        grid.addRow(1, new Label(messages.text("checkin.date")), day);
        grid.addRow(2, new Label(messages.text("checkin.comment")), comment);
        grid.addRow(3, new Label(messages.text("checkin.evidence")), evidence.getItems().isEmpty()
                ? new Label(messages.text("checkin.noEvidence")) : evidence);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("saveCheckIn");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> Numbers.parse(value.getText()).isEmpty() || day.getValue() == null || day.getValue().isAfter(today),
                value.textProperty(), day.valueProperty()));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new CheckInForm(day.getValue(),
                Numbers.parse(value.getText()).orElseThrow(), comment.getText(),
                ticked.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList()));
        value.requestFocus();
        return dialog.showAndWait();
    }

    private static final class Titles extends StringConverter<NoteSummary> {
        @Override
        public String toString(NoteSummary note) {
            return note == null ? "" : note.date() + "  " + note.title();
        }

        @Override
        public NoteSummary fromString(String text) {
            throw new UnsupportedOperationException("notes are picked, not typed");
        }
    }
}
