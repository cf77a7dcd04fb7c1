package org.learnlog.ui.journal;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.learnlog.service.Settings;
import org.learnlog.ui.Background;
import org.learnlog.ui.Messages;

/** Preferences: the name Learnlog puts on the aids you share, and the way to encrypt the journal. */
public final class PreferencesAction {
    private final Settings settings;
    private final NoteListModel journal;
    private final Background background;
    private final Messages messages;

    public PreferencesAction(Settings settings, NoteListModel journal, Background background, Messages messages) {
        this.settings = settings;
        this.journal = journal;
        this.background = background;
        this.messages = messages;
    }

    /** {@code encrypt} asks for a passphrase and encrypts the journal, as File → Encrypt journal… does. */
    void edit(Window owner, Runnable encrypt) {
        background.read(settings::author)
                .onSuccess(current -> ask(owner, current, encrypt))
                .onError(failure -> journal.failed("action.preferences", failure));
    }

    private void ask(Window owner, String current, Runnable encrypt) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("preferences.title"));
        dialog.setHeaderText(messages.text("preferences.author"));
        dialog.getEditor().setId("authorField");
        ButtonType encryption = new ButtonType(messages.text("menu.encrypt"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(encryption);
        dialog.getDialogPane().lookupButton(encryption).setId("preferencesEncrypt");
        dialog.getDialogPane().lookupButton(encryption).addEventFilter(ActionEvent.ACTION,
                event -> Platform.runLater(encrypt));
        dialog.showAndWait().ifPresent(name -> background.write(() -> {
            settings.setAuthor(name);
            return settings.author();
        }).onSuccess(saved -> journal.report(messages.text("preferences.saved", saved)))
                .onError(failure -> journal.failed("action.preferences", failure)));
    }
}
