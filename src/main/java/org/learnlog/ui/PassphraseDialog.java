package org.learnlog.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.learnlog.model.JournalKey;

/**
 * Asks for an encrypted journal's passphrase at start, saying so when the last one did not open it;
 * and for a new one, typed twice, before a journal is encrypted.
 */
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

    /**
     * A new passphrase, typed twice, once the user has said they understand it can't be recovered;
     * empty if they cancel.
     */
    public Optional<String> chooseNew(Window owner) {
        ButtonType encrypt = new ButtonType(messages.text("encrypt.confirm"), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("app.title"));
        dialog.setHeaderText(messages.text("encrypt.header"));
        PasswordField first = new PasswordField();
        first.setId("newPassphrase");
        PasswordField again = new PasswordField();
        again.setId("newPassphraseAgain");
        again.setPromptText(messages.text("encrypt.again"));
        Label detail = new Label(messages.text("encrypt.detail"));
        detail.setWrapText(true);
        Label warning = new Label(messages.text("encrypt.warning"));
        warning.setWrapText(true);
        warning.getStyleClass().add("problem");
        CheckBox understood = new CheckBox(messages.text("encrypt.understood"));
        understood.setId("understood");
        understood.setWrapText(true);
        Label differ = new Label(messages.text("encrypt.differ"));
        differ.visibleProperty().bind(again.textProperty().isNotEmpty()
                .and(again.textProperty().isNotEqualTo(first.textProperty())));
        differ.managedProperty().bind(differ.visibleProperty());
        BooleanBinding weak = Bindings.createBooleanBinding(() -> JournalKey.weakness(first.getText()).isPresent(),
                first.textProperty());
        Label tooWeak = new Label(messages.text("encrypt.weak", JournalKey.MIN_LENGTH));
        tooWeak.setId("passphraseTooWeak");
        tooWeak.setWrapText(true);
        tooWeak.visibleProperty().bind(first.textProperty().isNotEmpty().and(weak));
        tooWeak.managedProperty().bind(tooWeak.visibleProperty());
        VBox content = new VBox(8, detail, warning, first, tooWeak, again, differ, understood);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Views.resource("/org/learnlog/ui/app.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(encrypt, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(encrypt).setId("confirmEncrypt");
        dialog.getDialogPane().lookupButton(encrypt).disableProperty().bind(first.textProperty().isEmpty().or(weak)
                .or(again.textProperty().isNotEqualTo(first.textProperty())).or(understood.selectedProperty().not()));
        dialog.setResultConverter(button -> button == encrypt ? first.getText() : null);
        Platform.runLater(first::requestFocus);
        return dialog.showAndWait();
    }
}
