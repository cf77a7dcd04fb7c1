package org.learnlog.ui.library;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.learnlog.model.TeamLibrary;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;

/**
 * The Library screen's Libraries pane: the chosen library's address and token, a new token when the
 * remote refuses the old one, Remove, and the form that adds a library. It opens by itself when there is
 * no library yet, or when a sync was refused for want of a token.
 */
public final class LibrarySettingsController {
    @FXML
    private TitledPane settingsPane;
    @FXML
    private VBox chosenBox;
    @FXML
    private Label chosenInfo;
    @FXML
    private Button removeButton;
    @FXML
    private HBox tokenRow;
    @FXML
    private TextField token;
    @FXML
    private TextField tokenFile;
    @FXML
    private Label chosenProblem;
    @FXML
    private TextField newName;
    @FXML
    private TextField newLocation;
    @FXML
    private TextField newToken;
    @FXML
    private TextField newTokenFile;
    @FXML
    private Label addProblem;

    private final LibraryModel model;
    private final LibraryAdmin admin;
    private final Windows windows;
    private final Messages messages;

    public LibrarySettingsController(LibraryModel model, Windows windows, Messages messages) {
        this.model = model;
        this.admin = model.admin();
        this.windows = windows;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        // Open while there is no library: before the first read, and after one is removed.
        settingsPane.setExpanded(model.names().isEmpty());
        model.names().addListener((ListChangeListener<String>) change -> settingsPane.setExpanded(model.names().isEmpty()));
        for (Label problem : new Label[] {chosenProblem, addProblem}) {
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
        }
        admin.chosen().addListener((observable, old, library) -> show(library));
        admin.refused().addListener((observable, old, name) -> {
            if (name != null && name.equals(model.current().get())) {
                settingsPane.setExpanded(true);
                chosenProblem.setText(messages.text("library.tokenRefused", name));
                token.requestFocus();
            }
        });
        show(admin.chosen().get());
    }

    private void show(TeamLibrary library) {
        chosenBox.setVisible(library != null);
        chosenBox.setManaged(library != null);
        chosenProblem.setText("");
        if (library == null) {
            return;
        }
        chosenInfo.setText(messages.text(library.git() ? "library.chosenGit" : "library.chosenFolder", library.name(),
                library.location()) + library.tokenFile().map(file -> messages.text("library.chosenToken", file)).orElse(""));
        removeButton.setText(messages.text("library.remove", library.name()));
        boolean asksForToken = library.location().startsWith("https://") || library.location().startsWith("http://");
        tokenRow.setVisible(asksForToken);
        tokenRow.setManaged(asksForToken);
        token.clear();
        tokenFile.setText(library.tokenFile().orElse(""));
    }

    @FXML
    private void useToken() {
        TeamLibrary library = admin.chosen().get();
        if (library == null) {
            return;
        }
        chosenProblem.setText(messages.text("library.tokenTrying"));
        admin.useToken(library.name(), new LibraryAdmin.Token(token.getText(), tokenFile.getText()), problem -> {
            chosenProblem.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                token.clear();
            }
        });
    }

    /** Asks first; Cancel is the default, and changes still waiting to be sent are said plainly. */
    @FXML
    private void remove() {
        TeamLibrary library = admin.chosen().get();
        if (library == null) {
            return;
        }
        boolean waiting = model.waiting().get();
        boolean sure = windows.confirmCarefully(settingsPane.getScene().getWindow(),
                messages.text("library.removeHeader", library.name()),
                messages.text(waiting ? "library.removeWaiting" : library.git() ? "library.removeDetail"
                        : "library.removeFolderDetail", library.name()),
                messages.text("library.removeConfirm"), "confirm-remove-library");
        if (sure) {
            admin.remove(library.name(), waiting, problem -> chosenProblem.setText(problem.orElse("")));
        }
    }

    @FXML
    private void add() {
        addProblem.setText("");
        admin.add(newName.getText(), newLocation.getText(), new LibraryAdmin.Token(newToken.getText(), newTokenFile.getText()),
                problem -> {
            addProblem.setText(problem.orElse(""));
            if (problem.isEmpty()) {
                newName.clear();
                newLocation.clear();
                newTokenFile.clear();
                newToken.clear();
                settingsPane.setExpanded(false);
            }
        });
    }
}
