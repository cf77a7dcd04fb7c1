package org.learnlog.ui.settings;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.learnlog.model.JournalKey;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Messages;

/**
 * A new passphrase, typed twice, once the user has said they understand it can't be recovered; it must
 * be long enough and both must match before Encrypt is allowed.
 */
public final class NewPassphraseController implements DialogController<String> {
    @FXML
    private DialogPane newPassphrasePane;
    @FXML
    private PasswordField newPassphrase;
    @FXML
    private PasswordField newPassphraseAgain;
    @FXML
    private Label passphraseTooWeak;
    @FXML
    private Label passphrasesDiffer;
    @FXML
    private CheckBox understood;
    @FXML
    private ButtonType encryptType;

    private final Messages messages;

    public NewPassphraseController(Messages messages) {
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        BooleanBinding weak = Bindings.createBooleanBinding(() -> JournalKey.weakness(newPassphrase.getText()).isPresent(),
                newPassphrase.textProperty());
        passphraseTooWeak.setText(messages.text("encrypt.weak", JournalKey.MIN_LENGTH));
        passphraseTooWeak.visibleProperty().bind(newPassphrase.textProperty().isNotEmpty().and(weak));
        passphraseTooWeak.managedProperty().bind(passphraseTooWeak.visibleProperty());
        passphrasesDiffer.visibleProperty().bind(newPassphraseAgain.textProperty().isNotEmpty()
                .and(newPassphraseAgain.textProperty().isNotEqualTo(newPassphrase.textProperty())));
        passphrasesDiffer.managedProperty().bind(passphrasesDiffer.visibleProperty());
        newPassphrasePane.lookupButton(encryptType).setId("confirmEncrypt");
        newPassphrasePane.lookupButton(encryptType).disableProperty().bind(newPassphrase.textProperty().isEmpty().or(weak)
                .or(newPassphraseAgain.textProperty().isNotEqualTo(newPassphrase.textProperty()))
                .or(understood.selectedProperty().not()));
        Platform.runLater(newPassphrase::requestFocus);
    }

    @Override
    public String result(ButtonType button) {
        return button == encryptType ? newPassphrase.getText() : null;
    }
}
