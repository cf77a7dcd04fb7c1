package org.learnlog.ui.settings;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.learnlog.service.Settings;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.FieldProblem;

/** Preferences: the name Learnlog puts on the aids you share, and the way to encrypt the journal. */
public final class PreferencesController implements DialogController<String> {
    @FXML
    private DialogPane preferencesPane;
    @FXML
    private TextField authorField;
    @FXML
    private ButtonType encryptType;
    @FXML
    private Label authorProblem;

    private final String author;
    private final Runnable encrypt;

    /** {@code author} is the name now; {@code encrypt} asks for a passphrase and encrypts, as File → Encrypt journal… does. */
    public PreferencesController(String author, Runnable encrypt) {
        this.author = author;
        this.encrypt = encrypt;
    }

    @FXML
    private void initialize() {
        authorField.setText(author);
        preferencesPane.lookupButton(encryptType).setId("preferencesEncrypt");
        preferencesPane.lookupButton(encryptType).addEventFilter(ActionEvent.ACTION, event -> Platform.runLater(encrypt));
        FieldProblem problem = new FieldProblem(authorField, authorProblem);
        preferencesPane.lookupButton(ButtonType.OK).setId("savePreferences");
        preferencesPane.lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event ->
                Settings.authorProblem(authorField.getText()).ifPresent(why -> {
                    problem.say(why);
                    problem.focus();
                    preferencesPane.getScene().getWindow().sizeToScene();
                    event.consume();
                }));
        Platform.runLater(authorField::requestFocus);
    }

    @Override
    public String result(ButtonType button) {
        return button == ButtonType.OK ? authorField.getText() : null;
    }
}
