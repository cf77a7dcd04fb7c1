package org.learnlog.ui.library;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.Signatures;
import org.learnlog.ui.DialogController;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TabMovesOn;

/**
 * Merging a conflict by hand: the other version on the left to read and copy from, the user's own on the
 * right to edit. What the right holds when they press Put in place goes in place of both versions.
 */
public final class MergeDialogController implements DialogController<String> {
    @FXML
    private DialogPane mergePane;
    @FXML
    private Label mergeHelp;
    @FXML
    private Label otherLabel;
    @FXML
    private TextArea otherText;
    @FXML
    private TextArea mineText;

    private final LibraryItem other;
    private final String mine;
    private final Messages messages;

    public MergeDialogController(LibraryItem other, String mine, Messages messages) {
        this.other = other;
        this.mine = mine;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        TabMovesOn.install(otherText);
        mergePane.setHeaderText(messages.text("library.mergeHeader", other.title()));
        mergeHelp.setText(messages.text("library.mergeHelp"));
        otherLabel.setText(messages.text("library.mergeOther", Signatures.name(other.author()), other.version()));
        otherText.setText(other.body());
        otherText.setAccessibleText(otherLabel.getText());
        mineText.setText(mine);
        Button put = (Button) mergePane.lookupButton(ButtonType.OK);
        put.setText(messages.text("library.mergePut"));
        put.setId("mergePut");
        Platform.runLater(mineText::requestFocus);
    }

    @Override
    public String result(ButtonType button) {
        return button == ButtonType.OK ? mineText.getText() : null;
    }
}
