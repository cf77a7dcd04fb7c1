package org.learnlog.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Asks for an encrypted journal's passphrase at start; says so when the last one did not open it. */
public final class PassphraseDialog {
    private final Messages messages;

    public PassphraseDialog(Messages messages) {
        this.messages = messages;
    }

    /** The passphrase typed, or empty if the user quit; {@code error} is shown above the field when not empty. */
    public Optional<String> ask(Path dataDir, String error) {
        ButtonType open = new ButtonType(messages.text("passphrase.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.text("app.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.text("app.title"));
        dialog.setHeaderText(messages.text("passphrase.header"));
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        Label where = new Label(messages.text("passphrase.where", dataDir));
        where.setWrapText(true);
        Label wrong = new Label(error);
        wrong.setId("passphraseError");
        wrong.getStyleClass().add("problem");
        wrong.setWrapText(true);
        wrong.setVisible(!error.isEmpty());
        wrong.setManaged(!error.isEmpty());
        VBox content = new VBox(8, where, wrong, field);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Views.resource("/org/learnlog/ui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(open, quit);
        dialog.getDialogPane().lookupButton(open).setId("openJournal");
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
