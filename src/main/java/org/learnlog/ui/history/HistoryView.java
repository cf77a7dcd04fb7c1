package org.learnlog.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.model.LineDiff;
import org.learnlog.model.NoteVersion;
import org.learnlog.service.NoteHistory;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;

/**
 * A note's history: its earlier versions on the left, newest first; on the right what changed from the
 * chosen one to the note as it is now, line by line; and Restore, which puts that version back.
 */
public final class HistoryView {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final HistoryModel model;
    private final Messages messages;

    public HistoryView(HistoryModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Stage show(Window owner, UUID noteId, String title, String css) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.text("history.window", title));
        ListView<NoteVersion> versions = new ListView<>(model.versions());
        versions.setId("versionList");
        versions.getStyleClass().add("note-list");
        versions.setCellFactory(view -> new VersionCell(messages));
        Label none = new Label(messages.text("history.none", NoteHistory.KEPT.toDays()));
        none.setWrapText(true);
        none.getStyleClass().add("list-placeholder");
        versions.setPlaceholder(none);
        versions.getSelectionModel().selectedItemProperty().addListener((seen, was, chosen) -> model.compare(chosen));
        model.versions().addListener((ListChangeListener<NoteVersion>) change -> {
            if (!model.versions().isEmpty() && versions.getSelectionModel().isEmpty()) {
                versions.getSelectionModel().selectFirst();
            }
        });
        SplitPane split = new SplitPane(versions, changes());
        split.setDividerPositions(0.32);
        BorderPane root = new BorderPane(split, null, null, footer(stage, versions), null);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 900, 560);
        scene.getStylesheets().add(css);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        model.load(noteId);
        stage.show();
        versions.requestFocus();
        return stage;
    }

    private VBox changes() {
        Label legend = new Label(messages.text("history.legend"));
        legend.getStyleClass().add("diff-legend");
        legend.setWrapText(true);
        ListView<LineDiff.Line> lines = new ListView<>(model.changes());
        lines.setId("changeList");
        lines.getStyleClass().add("diff-list");
        lines.setCellFactory(view -> new ChangeCell());
        // The first change in sight, with a few lines before it; after the list has taken in its new
        // items, which scrolls it back to the top.
        model.changes().addListener((ListChangeListener<LineDiff.Line>) change -> Platform.runLater(() -> {
            for (int i = 0; i < model.changes().size(); i++) {
                if (model.changes().get(i).change() != LineDiff.Change.SAME) {
                    lines.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        }));
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox box = new VBox(6, legend, lines);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private VBox footer(Stage stage, ListView<NoteVersion> versions) {
        Label status = new Label();
        status.setId("historyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        Button restore = new Button(messages.text("history.restore"));
        restore.setId("restoreVersion");
        restore.setDefaultButton(true);
        restore.disableProperty().bind(versions.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> model.restore(versions.getSelectionModel().getSelectedItem()));
        Button close = new Button(messages.text("history.close"));
        close.setOnAction(event -> stage.close());
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, gap, restore, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(buttons);
        footer.setPadding(new Insets(8, 0, 0, 0));
        return footer;
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

    /** A line of the comparison, marked − (only in the version), + (only in the note now) or unchanged. */
    private static final class ChangeCell extends ListCell<LineDiff.Line> {
        private static final String[] STYLES = {"diff-same", "diff-removed", "diff-added"};

        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(STYLES);
            if (empty || line == null) {
                setText(null);
                return;
            }
            String mark = switch (line.change()) {
                case SAME -> "  ";
                case REMOVED -> "− ";
                case ADDED -> "+ ";
            };
            setText(mark + line.text());
            getStyleClass().add(STYLES[line.change().ordinal()]);
        }
    }
}
