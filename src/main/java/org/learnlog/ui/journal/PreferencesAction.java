package org.learnlog.ui.journal;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.learnlog.service.Settings;
import org.learnlog.ui.Background;
import org.learnlog.ui.Messages;

/** Preferences: for now, the name Learnlog puts on the aids you share. */
public final class PreferencesAction {
    private final Settings settings;
    private final JournalModel journal;
    private final Background background;
    private final Messages messages;

    public PreferencesAction(Settings settings, JournalModel journal, Background background, Messages messages) {
        this.settings = settings;
        this.journal = journal;
        this.background = background;
        this.messages = messages;
    }

    void edit(Window owner) {
        background.read(settings::author)
                .onSuccess(current -> ask(owner, current))
                .onError(failure -> journal.failed("action.preferences", failure));
    }

    private void ask(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("preferences.title"));
        dialog.setHeaderText(messages.text("preferences.author"));
        dialog.getEditor().setId("authorField");
        dialog.showAndWait().ifPresent(name -> background.write(() -> {
            settings.setAuthor(name);
            return settings.author();
        }).onSuccess(saved -> journal.report(messages.text("preferences.saved", saved)))
                .onError(failure -> journal.failed("action.preferences", failure)));
    }
}
