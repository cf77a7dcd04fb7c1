package org.learnlog.ui.journal;

import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.learnlog.model.NoteSummary;
import org.learnlog.ui.Messages;
import org.learnlog.ui.TwoLineCell;

/** A note in the list: its title, then date, kind and tags in a smaller line. Cells are reused. */
final class NoteCell extends TwoLineCell<NoteSummary> {
    private final Messages messages;
    private final IntConsumer shown;

    /** {@code shown} hears which index a cell shows, after the layout pass that showed it. */
    NoteCell(Messages messages, IntConsumer shown) {
        this.messages = messages;
        this.shown = shown;
    }

    @Override
    protected String firstLine(NoteSummary note) {
        return note.title();
    }

    @Override
    protected String secondLine(NoteSummary note) {
        String tags = note.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" "));
        return note.date() + " · " + messages.text("kind." + note.kind().slug()) + (tags.isEmpty() ? "" : " · " + tags);
    }

    @Override
    protected void updateItem(NoteSummary note, boolean empty) {
        super.updateItem(note, empty);
        if (!empty && note != null) {
            int index = getIndex();
            // Not during layout: loading more changes the list's items.
            Platform.runLater(() -> shown.accept(index));
        }
    }
}
