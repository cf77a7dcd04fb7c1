package org.learnlog.ui.goals;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.learnlog.model.CheckIn;
import org.learnlog.model.MetricValues;
import org.learnlog.ui.ListPlaceholder;
import org.learnlog.ui.Messages;

/** The check-in table's columns: day, value, comment and how many evidence notes. */
final class CheckInColumns {
    private final Messages messages;

    CheckInColumns(Messages messages) {
        this.messages = messages;
    }

    void install(TableView<CheckIn> table) {
        TableColumn<CheckIn, Object> day = new TableColumn<>(messages.text("checkin.date"));
        day.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().date()));
        day.setPrefWidth(110);
        TableColumn<CheckIn, String> value = new TableColumn<>(messages.text("checkin.value"));
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(MetricValues.format(row.getValue().value())));
        value.setPrefWidth(80);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CheckIn, String> comment = new TableColumn<>(messages.text("checkin.comment"));
        comment.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().comment().replace('\n', ' ')));
        comment.setPrefWidth(360);
        TableColumn<CheckIn, Object> evidence = new TableColumn<>(messages.text("checkin.evidence"));
        evidence.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().evidence().size()));
        evidence.setPrefWidth(80);
        table.getColumns().setAll(List.of(day, value, comment, evidence));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(ListPlaceholder.saying(messages.text("checkin.none")));
    }
}
