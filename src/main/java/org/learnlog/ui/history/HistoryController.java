package org.learnlog.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.learnlog.model.LineDiff;
import org.learnlog.model.NoteVersion;
import org.learnlog.service.NoteHistory;
import org.learnlog.ui.Dates;
import org.learnlog.ui.ListPlaceholder;
import org.learnlog.ui.DiffCell;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;

/**
 * A note's history: its earlier versions on the left, newest first; on the right what changed from the
 * chosen one to the note as it is now, line by line; and Restore, which puts that version back.
 */
public final class HistoryController {
    static final DateTimeFormatter WHEN = Dates.DAY_AND_TIME;

    @FXML
    private ListView<NoteVersion> versionList;
    @FXML
    private ListView<LineDiff.Line> changeList;
    @FXML
    private Label historyStatus;
    @FXML
    private Button restoreVersion;

    private final HistoryModel model;
    private final UUID noteId;
    private final Messages messages;

    public HistoryController(HistoryModel model, UUID noteId, Messages messages) {
        this.model = model;
        this.noteId = noteId;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        versionList.setItems(model.versions());
        versionList.setCellFactory(view -> new VersionCell(messages));
        versionList.setPlaceholder(ListPlaceholder.saying(messages.text("history.none", NoteHistory.KEPT.toDays())));
        versionList.getSelectionModel().selectedItemProperty().addListener((seen, was, chosen) -> model.compare(chosen));
        model.versions().addListener((ListChangeListener<NoteVersion>) change -> {
            if (!model.versions().isEmpty() && versionList.getSelectionModel().isEmpty()) {
                versionList.getSelectionModel().selectFirst();
            }
        });
        changeList.setItems(model.changes());
        changeList.setCellFactory(view -> new DiffCell());
        // The first change in sight, with a few lines before it; after the list has taken in its new
        // items, which scrolls it back to the top.
        model.changes().addListener((ListChangeListener<LineDiff.Line>) change -> Platform.runLater(() -> {
            for (int i = 0; i < model.changes().size(); i++) {
                if (model.changes().get(i).change() != LineDiff.Change.SAME) {
                    changeList.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        }));
        historyStatus.textProperty().bind(model.status());
        restoreVersion.disableProperty().bind(versionList.getSelectionModel().selectedItemProperty().isNull());
        model.load(noteId);
        Platform.runLater(versionList::requestFocus);
    }

    @FXML
    void restore() {
        model.restore(versionList.getSelectionModel().getSelectedItem());
    }

    @FXML
    void close() {
        versionList.getScene().getWindow().hide();
    }

    /** A version: when it was saved, then its title, its length and when a later save replaced it. */
    private static final class VersionCell extends TwoLineCell<NoteVersion> {
        private final Messages messages;

        VersionCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected String firstLine(NoteVersion version) {
            return WHEN.format(version.note().updated().atZone(ZoneId.systemDefault()));
        }

        @Override
        protected String secondLine(NoteVersion version) {
            return messages.text("history.details", version.note().title(), version.note().body().length(),
                    WHEN.format(version.replaced().atZone(ZoneId.systemDefault())));
        }
    }
}
