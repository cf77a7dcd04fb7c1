package org.learnlog.ui.settings;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.learnlog.service.Settings;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.FieldProblem;
import org.learnlog.ui.Messages;

/** Preferences: the name and email Learnlog puts on what you share, and the way to encrypt the journal. */
public final class PreferencesController implements DialogController<PreferenceValues> {
    @FXML
    private DialogPane preferencesPane;
    @FXML
    private TextField authorField;
    @FXML
    private ButtonType encryptType;
    @FXML
    private Label authorProblem;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailProblem;
    @FXML
    private CheckBox autoSyncBox;
    @FXML
    private ChoiceBox<String> languageBox;

    private final PreferenceValues values;
    private final Runnable encrypt;
    private final Messages messages;

    /** {@code values} are the preferences now; {@code encrypt} asks for a passphrase and encrypts, as File → Encrypt journal… does. */
    public PreferencesController(PreferenceValues values, Runnable encrypt, Messages messages) {
        this.values = values;
        this.encrypt = encrypt;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        authorField.setText(values.name());
        emailField.setText(values.email());
        autoSyncBox.setSelected(values.autoSync());
        languageBox.getItems().add("");
        Messages.LANGUAGES.forEach(language -> languageBox.getItems().add(language.toLanguageTag()));
        languageBox.setConverter(new LanguageNames(messages));
        languageBox.setValue(languageBox.getItems().contains(values.language()) ? values.language() : "");
        preferencesPane.lookupButton(encryptType).setId("preferencesEncrypt");
        preferencesPane.lookupButton(encryptType).addEventFilter(ActionEvent.ACTION, event -> Platform.runLater(encrypt));
        FieldProblem problem = new FieldProblem(authorField, authorProblem);
        FieldProblem emailWrong = new FieldProblem(emailField, emailProblem);
        preferencesPane.lookupButton(ButtonType.OK).setId("savePreferences");
        preferencesPane.lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            Settings.authorProblem(authorField.getText()).map(why -> say(problem, why))
                    .or(() -> Settings.emailProblem(emailField.getText()).map(why -> say(emailWrong, why)))
                    .ifPresent(said -> event.consume());
        });
        Platform.runLater(authorField::requestFocus);
    }

    private String say(FieldProblem problem, String why) {
        problem.say(why);
        problem.focus();
        preferencesPane.getScene().getWindow().sizeToScene();
        return why;
    }

    @Override
    public PreferenceValues result(ButtonType button) {
        return button == ButtonType.OK ? new PreferenceValues(authorField.getText(), emailField.getText(),
                autoSyncBox.isSelected(), languageBox.getValue()) : null;
    }
}
