package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/**
 * A check-in, new or to correct: the day (not in the future), the value, a comment, and which of the
 * goal's linked notes are its evidence. The service checks it again when it is saved.
 */
public final class CheckInDialogController implements DialogController<CheckInForm> {
    @FXML
    private DialogPane checkInPane;
    @FXML
    private TextField checkInValue;
    @FXML
    private DatePicker checkInDate;
    @FXML
    private TextArea checkInComment;
    @FXML
    private ListView<NoteSummary> checkInEvidence;
    @FXML
    private Label noEvidence;

    private final GoalReport report;
    private final CheckIn existing;
    private final LocalDate today;
    private final Messages messages;
    private final Map<UUID, BooleanProperty> ticked = new LinkedHashMap<>();

    /** {@code existing} is the check-in to correct, or null for a new one. */
    public CheckInDialogController(GoalReport report, CheckIn existing, LocalDate today, Messages messages) {
        this.report = report;
        this.existing = existing;
        this.today = today;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        checkInPane.setHeaderText(messages.text("checkin.header", report.goal().metric(), report.goal().title()));
        checkInDate.setValue(existing == null ? today : existing.date());
        checkInValue.setText(existing == null ? "" : MetricValues.format(existing.value()));
        checkInValue.setPromptText(report.goal().unit());
        checkInComment.setText(existing == null ? "" : existing.comment());
        report.evidence().forEach(note -> ticked.put(note.id(),
                new SimpleBooleanProperty(existing != null && existing.evidence().contains(note.id()))));
        checkInEvidence.getItems().setAll(report.evidence());
        checkInEvidence.setCellFactory(CheckBoxListCell.forListView(note -> ticked.get(note.id()), new Titles()));
        checkInEvidence.setVisible(!report.evidence().isEmpty());
        checkInEvidence.setManaged(checkInEvidence.isVisible());
        noEvidence.setVisible(report.evidence().isEmpty());
        noEvidence.setManaged(noEvidence.isVisible());
        checkInPane.lookupButton(ButtonType.OK).setId("saveCheckIn");
        checkInPane.lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> Numbers.parse(checkInValue.getText()).isEmpty() || checkInDate.getValue() == null
                        || checkInDate.getValue().isAfter(today),
                checkInValue.textProperty(), checkInDate.valueProperty()));
        Platform.runLater(checkInValue::requestFocus);
    }

    @Override
    public CheckInForm result(ButtonType button) {
        return button != ButtonType.OK ? null : new CheckInForm(checkInDate.getValue(),
                Numbers.parse(checkInValue.getText()).orElseThrow(), checkInComment.getText(),
                ticked.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList());
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
