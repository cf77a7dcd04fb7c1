package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
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
import org.learnlog.ui.DateField;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.FieldProblem;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;
import org.learnlog.ui.TabMovesOn;

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
    private DateField checkInDate;
    @FXML
    private TextArea checkInComment;
    @FXML
    private ListView<NoteSummary> checkInEvidence;
    @FXML
    private Label noEvidence;
    @FXML
    private Label checkInUnit;
    @FXML
    private Label valueProblem;
    @FXML
    private Label dateProblem;

    private final GoalReport report;
    private final CheckIn existing;
    private final LocalDate today;
    private final Messages messages;
    private final Map<UUID, BooleanProperty> ticked = new LinkedHashMap<>();
    private FieldProblem value;
    private FieldProblem date;

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
        checkInDate.show(existing == null ? today : existing.date());
        checkInValue.setText(existing == null ? "" : MetricValues.format(existing.value()));
        checkInUnit.setText(report.goal().unit());
        value = new FieldProblem(checkInValue, valueProblem);
        date = new FieldProblem(checkInDate, dateProblem);
        checkInDate.validProperty().addListener((observable, was, valid) -> {
            if (valid) {
                date.clear();
            } else {
                date.say(messages.text("date.invalid", checkInDate.getEditor().getText()));
            }
            fit();
        });
        checkInComment.setText(existing == null ? "" : existing.comment());
        TabMovesOn.install(checkInComment);
        report.evidence().forEach(note -> ticked.put(note.id(),
                new SimpleBooleanProperty(existing != null && existing.evidence().contains(note.id()))));
        checkInEvidence.getItems().setAll(report.evidence());
        checkInEvidence.setCellFactory(CheckBoxListCell.forListView(note -> ticked.get(note.id()), new Titles()));
        checkInEvidence.setVisible(!report.evidence().isEmpty());
        checkInEvidence.setManaged(checkInEvidence.isVisible());
        noEvidence.setVisible(report.evidence().isEmpty());
        noEvidence.setManaged(noEvidence.isVisible());
        checkInPane.lookupButton(ButtonType.OK).setId("saveCheckIn");
        checkInPane.lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (!acceptable()) {
                event.consume();
            }
        });
        Platform.runLater(checkInValue::requestFocus);
    }

    /** Says under each field what is wrong with it, if anything; true if the check-in can be saved. */
    private boolean acceptable() {
        FieldProblem first = null;
        if (Numbers.parse(checkInValue.getText()).isEmpty()) {
            value.say(messages.text("checkin.valueNeeded", report.goal().metric()));
            first = value;
        }
        if (!checkInDate.commit()) {
            date.say(messages.text("date.invalid", checkInDate.getEditor().getText()));
            first = first == null ? date : first;
        } else if (checkInDate.getValue().isAfter(today)) {
            date.say(messages.text("checkin.future", today.toString()));
            first = first == null ? date : first;
        }
        if (first != null) {
            first.focus();
            fit();
        }
        return first == null;
    }

    /** Grows the dialog to show the problems it now says, so its buttons stay in it. */
    private void fit() {
        if (checkInPane.getScene() != null && checkInPane.getScene().getWindow() != null) {
            checkInPane.getScene().getWindow().sizeToScene();
        }
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
