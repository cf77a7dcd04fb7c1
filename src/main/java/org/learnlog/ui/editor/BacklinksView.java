package org.learnlog.ui.editor;

import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.learnlog.model.Backlink;
import org.learnlog.service.Notes;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/**
 * Below the preview: the notes that link to the note on screen, each with the sentence its link is in.
 * Hidden while there are none. It follows the note opened and any change to the journal's notes.
 */
final class BacklinksView {
    private final VBox box = new VBox(6);
    private final Notes notes;
    private final EditorModel editor;
    private final Background background;
    private final Messages messages;
    private long generation;

    BacklinksView(Notes notes, EditorModel editor, Background background, JournalEvents events, Messages messages) {
        this.notes = notes;
        this.editor = editor;
        this.background = background;
        this.messages = messages;
        box.setId("backlinks");
        box.getStyleClass().add("backlinks");
        show(List.of());
        editor.editing().addListener((observable, old, now) -> reload());
        events.listen(change -> {
            if (!(change instanceof JournalEvents.GoalsChanged) && !(change instanceof JournalEvents.AidsChanged)) {
                reload();
            }
        });
    }

    Node node() {
        return box;
    }

    void reload() {
        long mine = ++generation;
        UUID id = editor.editing().get();
        if (id == null) {
            show(List.of());
            return;
        }
        background.read(() -> notes.links().backlinks(id)).onSuccess(found -> {
            if (mine == generation) {
                show(found);
            }
        });
    }

    private void show(List<Backlink> backlinks) {
        box.setVisible(!backlinks.isEmpty());
        box.setManaged(!backlinks.isEmpty());
        box.getChildren().clear();
        if (backlinks.isEmpty()) {
            return;
        }
        Label header = new Label(messages.text("backlinks.header", backlinks.size()));
        header.getStyleClass().add("backlinks-header");
        box.getChildren().add(header);
        for (Backlink backlink : backlinks) {
            Hyperlink title = new Hyperlink(backlink.from().title());
            title.setAccessibleText(messages.text("backlinks.open", backlink.from().title()));
            title.setOnAction(event -> editor.open(backlink.from().id()));
            Label sentence = new Label(backlink.sentence());
            sentence.setWrapText(true);
            sentence.getStyleClass().add("backlink-sentence");
            box.getChildren().add(new VBox(0, title, sentence));
        }
    }
}
