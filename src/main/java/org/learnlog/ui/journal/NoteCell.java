package org.learnlog.ui.journal;

import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Messages;

/** A note in the list: its title, then date, kind and tags in a smaller line. Cells are reused. */
final class NoteCell extends ListCell<NoteSummary> {
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, title, details);
    private final Messages messages;
    private final IntConsumer shown;

    /** {@code shown} hears which index a cell shows, after the layout pass that showed it. */
    NoteCell(Messages messages, IntConsumer shown) {
        this.messages = messages;
        this.shown = shown;
        // A zero preferred width makes the cell as wide as the list, so long titles end in "…" instead of scrolling.
        setPrefWidth(0);
        title.getStyleClass().add("note-title");
        details.getStyleClass().add("note-details");
        // The graphic stays; an empty cell hides it. Setting it anew for each item re-laid the cell out
        // and restyled it: most of the FX thread's time while a long list scrolled.
        setGraphic(box);
        box.setVisible(false);
    }

    @Override
    protected void updateItem(NoteSummary note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            box.setVisible(false);
            title.setText(null);
            details.setText(null);
            return;
        }
        title.setText(note.title());
        String tags = note.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" "));
        details.setText(note.date() + " · " + messages.text("kind." + note.kind().slug()) + (tags.isEmpty() ? "" : " · " + tags));
        box.setVisible(true);
        int index = getIndex();
        // Not during layout: loading more changes the list's items.
        Platform.runLater(() -> shown.accept(index));
    }
}
