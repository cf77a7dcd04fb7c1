package org.learnlog.ui.settings;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Messages;

/** Asks for an encrypted journal's passphrase at start, saying so above the field when the last one did not open it. */
public final class PassphraseController implements DialogController<String> {
    @FXML
    private DialogPane passphrasePane;
    @FXML
    private Label passphraseWhere;
    @FXML
    private Label passphraseError;
    @FXML
    private PasswordField passphraseField;
    @FXML
    private ButtonType openType;

    private final String where;
    private final String error;
    private final Messages messages;

    /** {@code where} names the journal's folder; {@code error} is empty or says why the last passphrase failed. */
    public PassphraseController(String where, String error, Messages messages) {
        this.where = where;
        this.error = error;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        passphraseWhere.setText(messages.text("passphrase.where", where));
        passphraseError.setText(error);
        passphraseError.setVisible(!error.isEmpty());
        passphraseError.setManaged(!error.isEmpty());
        passphrasePane.lookupButton(openType).setId("openJournal");
        passphrasePane.lookupButton(openType).disableProperty().bind(passphraseField.textProperty().isEmpty());
        Platform.runLater(passphraseField::requestFocus);
    }

    @Override
    public String result(ButtonType button) {
        return button == openType ? passphraseField.getText() : null;
    }
}
