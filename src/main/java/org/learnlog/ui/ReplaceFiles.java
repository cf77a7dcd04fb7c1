package org.learnlog.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before files the user has are written over, naming them: the app's side of a command's --force. */
public final class ReplaceFiles {
    private static final int LISTED = 5;

    private final Messages messages;

    public ReplaceFiles(Messages messages) {
        this.messages = messages;
    }

    /** Whether the user says to write over {@code files}; Cancel, the default, writes nothing. */
    public boolean confirm(Window owner, List<Path> files) {
        ButtonType replace = new ButtonType(messages.text("replace.confirm"), ButtonData.OK_DONE);
        String listed = files.stream().limit(LISTED).map(Path::toString).collect(Collectors.joining("\n"))
                + (files.size() > LISTED ? "\n" + messages.text("replace.more", files.size() - LISTED) : "");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("replace.detail", files.size()) + "\n\n" + listed,
                ButtonType.CANCEL, replace);
        alert.initOwner(owner);
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(messages.text("replace.header", files.get(0).getFileName(), files.size()));
        alert.getDialogPane().lookupButton(replace).setId("confirmReplace");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }
}
