package org.learnlog.ui.journal;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.learnlog.model.Resurfaced;
import org.learnlog.service.Resurfacing;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;

/**
 * Today's learnings due for another look, shown above Today's notes: loaded when Today is shown and
 * again after any change to the journal; each answered, it leaves the list.
 */
public final class ResurfaceModel {
    private final ObservableList<Resurfaced> due = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final Resurfacing resurfacing;
    private final NoteListModel list;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private long generation;

    public ResurfaceModel(Resurfacing resurfacing, NoteListModel list, Background background, JournalEvents events,
                          StatusLine status, Messages messages) {
        this.resurfacing = resurfacing;
        this.list = list;
        this.background = background;
        this.status = status;
        this.messages = messages;
        list.filterProperty().addListener((observable, old, now) -> load());
        events.listen(change -> load());
        due.addListener((ListChangeListener<Resurfaced>) change -> shown.set(atToday() && !due.isEmpty()));
    }

    /** Loads today's, if Today is shown; elsewhere the list is emptied. */
    public void load() {
        long mine = ++generation;
        if (!atToday()) {
            due.clear();
            shown.set(false);
            return;
        }
        background.read(resurfacing::today).onSuccess(found -> {
            if (mine == generation) {
                due.setAll(found);
                shown.set(atToday() && !found.isEmpty());
            }
        }).onError(failure -> status.failed("action.resurface", failure));
    }

    /** The learning is still useful: it comes back later, and leaves today's list. */
    public void stillUseful(Resurfaced one) {
        background.write(() -> resurfacing.stillUseful(id(one))).onSuccess((LocalDate next) -> {
            due.remove(one);
            status.report(messages.text("resurface.usefulDone", one.note().title(), next.toString()));
        }).onError(failure -> status.failed("action.resurface", failure));
    }

    /** The learning is outdated: it no longer comes back. */
    public void outdated(Resurfaced one) {
        background.write(() -> {
            resurfacing.outdated(id(one));
            return one;
        }).onSuccess(done -> {
            due.remove(one);
            status.report(messages.text("resurface.outdatedDone", one.note().title()));
        }).onError(failure -> status.failed("action.resurface", failure));
    }

    public ObservableList<Resurfaced> due() {
        return due;
    }

    /** Whether the panel shows: Today is on screen and something is due. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private boolean atToday() {
        return list.today().equals(list.filterProperty().get());
    }

    private static UUID id(Resurfaced one) {
        return one.note().id();
    }
}
