package org.learnlog.ui.library;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.learnlog.model.Signatures;
import org.learnlog.model.LibraryEntry;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.LineDiff;
import org.learnlog.ui.DiffCell;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;
import org.learnlog.ui.TwoLineCell;
import org.learnlog.ui.editor.MarkdownPreview;

/**
 * The Library screen: the team's aids and notes on the left, newest first and marked new, changed or
 * waiting for the user; the chosen one on the right with its preview, Adopt, Keep mine and feedback.
 */
public final class LibraryController {
    @FXML
    private VBox libraryScreen;
    @FXML
    private ComboBox<String> libraryChoice;
    @FXML
    private TextField librarySearch;
    @FXML
    private ComboBox<String> tagChoice;
    @FXML
    private Button syncButton;
    @FXML
    private ProgressIndicator syncing;
    @FXML
    private Label waitingLabel;
    @FXML
    private ListView<LibraryEntry> items;
    @FXML
    private VBox detail;
    @FXML
    private Label itemTitle;
    @FXML
    private Label itemMeta;
    @FXML
    private Label itemMarks;
    @FXML
    private StackPane itemPreview;
    @FXML
    private ListView<LineDiff.Line> updateDiff;
    @FXML
    private ComboBox<String> goalChoice;
    @FXML
    private Button adoptButton;
    @FXML
    private Button keepButton;
    @FXML
    private Button settleButton;
    @FXML
    private Button mergeButton;
    @FXML
    private CheckBox usedBox;
    @FXML
    private CheckBox helpedBox;
    @FXML
    private TextField commentField;
    @FXML
    private Label feedbackHeading;
    @FXML
    private Label comments;
    private final LibraryModel model;
    private final Navigation navigation;
    private final MarkdownPreview preview;
    private final Messages messages;
    private final MergeDialogs merges;
    private final StringProperty body = new SimpleStringProperty("");
    private final LibraryTexts texts;

    public LibraryController(LibraryModel model, Navigation navigation, MarkdownPreview preview, Messages messages,
                             MergeDialogs merges) {
        this.model = model;
        this.merges = merges;
        this.navigation = navigation;
        this.preview = preview;
        this.messages = messages;
        this.texts = new LibraryTexts(messages);
    }

    @FXML
    private void initialize() {
        libraryScreen.visibleProperty().bind(navigation.placeProperty().map(place -> place.screen() == Place.Screen.LIBRARY));
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.screen() == Place.Screen.LIBRARY) {
                model.load();
            }
        });
        libraryChoice.setItems(model.names());
        libraryChoice.valueProperty().bindBidirectional(model.current());
        librarySearch.textProperty().bindBidirectional(model.query());
        tagChoice.setItems(model.tags());
        tagChoice.valueProperty().bindBidirectional(model.tag());
        goalChoice.setItems(model.goals());
        syncButton.disableProperty().bind(model.busy().or(model.current().isNull()));
        syncing.visibleProperty().bind(model.busy());
        waitingLabel.visibleProperty().bind(model.waiting());
        waitingLabel.managedProperty().bind(model.waiting());
        items.setItems(model.shown());
        items.setCellFactory(list -> new EntryCell());
        items.getSelectionModel().selectedItemProperty().addListener((observable, old, entry) -> {
            if (entry != null) {
                model.selected().set(entry);
            }
        });
        model.selected().addListener((observable, old, entry) -> show(entry));
        detail.visibleProperty().bind(model.selected().isNotNull());
        itemMarks.visibleProperty().bind(itemMarks.textProperty().isNotEmpty());
        itemMarks.managedProperty().bind(itemMarks.visibleProperty());
        preview.attach(itemPreview, body);
        updateDiff.setItems(model.update());
        updateDiff.setCellFactory(list -> new DiffCell());
        updateDiff.visibleProperty().bind(Bindings.isNotEmpty(model.update()));
        updateDiff.managedProperty().bind(updateDiff.visibleProperty());
        if (navigation.isAt(Place.Screen.LIBRARY)) {
            model.load();
        }
    }

    private void show(LibraryEntry entry) {
        if (entry == null) {
            body.set("");
            return;
        }
        LibraryItem item = entry.item();
        itemTitle.setText(item.title());
        itemMeta.setText(messages.text(item.aid() ? "library.meta.aid" : "library.meta.note", item.kind(), Signatures.name(item.author()),
                item.version(), item.updated().atOffset(ZoneOffset.UTC).toLocalDate(), String.join(", ", item.tags()))
                + (item.contributors().isEmpty() ? "" : messages.text("library.contributors", String.join(", ",
                item.contributors().stream().map(Signatures::name).toList()))));
        String marks = entry.adopted().map(version -> entry.updateAvailable()
                ? messages.text("library.mark.updateLong", version, item.version()) : messages.text("library.mark.yours"))
                .orElse("");
        if (!entry.conflicts().isEmpty()) {
            marks = messages.text("library.mark.conflictLong",
                    entry.conflicts().stream().map(LibraryItem::path).collect(Collectors.joining(", ")));
        }
        itemMarks.setText(marks);
        body.set(item.body());
        boolean conflict = !entry.conflicts().isEmpty();
        adoptButton.setText(conflict && entry.adopted().isPresent() ? messages.text("library.takeInPlace")
                : entry.updateAvailable() ? messages.text("library.takeUpdate", item.version()) : messages.text("library.adopt"));
        adoptButton.setDisable(entry.adopted().isPresent() && !entry.updateAvailable() && !conflict);
        settleButton.setVisible(conflict && entry.adopted().isPresent());
        settleButton.setManaged(settleButton.isVisible());
        mergeButton.setVisible(settleButton.isVisible());
        mergeButton.setManaged(settleButton.isVisible());
        // In a conflict the choices are the version in place, the user's, or a merge of the two.
        keepButton.setVisible(entry.updateAvailable() && !conflict);
        keepButton.setManaged(keepButton.isVisible());
        feedbackHeading.setText(messages.text("library.feedbackHeading", entry.used(), entry.helped()));
        comments.setText(entry.feedback().stream().filter(said -> !said.comment().isEmpty())
                .map(said -> "“" + said.comment() + "” — " + Signatures.name(said.author()))
                .collect(Collectors.joining("\n")));
        usedBox.setSelected(false);
        helpedBox.setSelected(false);
        commentField.clear();
    }

    @FXML
    private void sync() {
        model.sync();
    }

    @FXML
    private void adopt() {
        Optional.ofNullable(model.selected().get()).ifPresent(entry ->
                model.actions().adopt(entry, Optional.ofNullable(goalChoice.getValue()).filter(goal -> !goal.isEmpty())));
    }

    @FXML
    private void publishMine() {
        Optional.ofNullable(model.selected().get()).ifPresent(model.actions()::publishMine);
    }

    @FXML
    private void merge() {
        Optional.ofNullable(model.selected().get()).ifPresent(entry -> model.actions().merge(entry, (other, mine) ->
                merges.merge(libraryScreen.getScene().getWindow(), other, mine)));
    }

    @FXML
    private void keepOwn() {
        Optional.ofNullable(model.selected().get()).ifPresent(model.actions()::keepOwn);
    }

    @FXML
    private void sendFeedback() {
        LibraryEntry entry = model.selected().get();
        if (entry == null) {
            return;
        }
        if (!usedBox.isSelected() && !helpedBox.isSelected()) {
            usedBox.requestFocus();
            return;
        }
        model.actions().feedback(entry, usedBox.isSelected(), helpedBox.isSelected(), commentField.getText());
    }

    private final class EntryCell extends TwoLineCell<LibraryEntry> {
        @Override
        protected String firstLine(LibraryEntry entry) {
            return entry.item().title();
        }

        @Override
        protected String secondLine(LibraryEntry entry) {
            return texts.summary(entry);
        }
    }
}
