package org.learnlog.ui;

import java.lang.System.Logger.Level;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.learnlog.service.InvalidInputException;

/** The main window's status line: what the last action did or why it failed, with Undo where it can be undone. */
public final class StatusLine {
    private static final System.Logger LOG = System.getLogger(StatusLine.class.getName());

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private final Messages messages;

    public StatusLine(Messages messages) {
        this.messages = messages;
    }

    public void report(String message) {
        undo.set(null);
        text.set(message);
    }

    /** Reports what was done, with an Undo beside it until the next report. */
    public void offerUndo(String message, Runnable undoIt) {
        text.set(message);
        undo.set(undoIt);
    }

    /** Runs the undo on offer, once. */
    public void undo() {
        Runnable offered = undo.get();
        undo.set(null);
        if (offered != null) {
            offered.run();
        }
    }

    /** Says that the action {@code actionKey} names failed, and why. */
    public void failed(String actionKey, Throwable failure) {
        // Input the user can change is said on screen, not logged as a fault.
        if (!(failure instanceof InvalidInputException)) {
            LOG.log(Level.WARNING, "Couldn't " + actionKey, failure);
        }
        report(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    public BooleanBinding canUndo() {
        return undo.isNotNull();
    }
}
