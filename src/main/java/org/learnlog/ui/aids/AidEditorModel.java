package org.learnlog.ui.aids;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.learnlog.model.Aid;
import org.learnlog.service.AidRequest;
import org.learnlog.service.AidFormat;
import org.learnlog.service.Aids;
import org.learnlog.service.FileExistsException;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.SafeFileNames;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;

/**
 * The aid being made: its template, title and text as properties, and the commands that make it
 * from notes, save it (each save is a new version), export it and copy it.
 */
public final class AidEditorModel {
    private static final System.Logger LOG = System.getLogger(AidEditorModel.class.getName());

    // properties
    private final StringProperty template = new SimpleStringProperty("checklist");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    /** For a weekly digest: a day of the week to sum up; null means this week. */
    private final ObjectProperty<LocalDate> week = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final Aids aids;
    private final Background background;
    private final Messages messages;
    private AidRequest request;
    private Aid aid;

    private final Runnable onSaved;

    public AidEditorModel(Aids aids, Background background, Messages messages, Runnable onSaved) {
        this.aids = aids;
        this.background = background;
        this.messages = messages;
        this.onSaved = onSaved;
    }

    // commands

    /** Makes the aid anew from {@code from} with the chosen template; what was typed is replaced. */
    public void make(AidRequest from) {
        request = from;
        AidRequest withTemplate = new AidRequest(template.get(), from.noteIds(), from.filter(), week.get(), null);
        background.read(() -> aids.make(withTemplate))
                .onSuccess(made -> {
                    aid = made;
                    title.set(made.title());
                    body.set(made.body());
                    status.set(messages.text("aid.made", made.sourceNotes().size()));
                })
                .onError(failure -> failed("aid.action.make", failure));
    }

    /** Shows a saved aid; choosing another template makes it anew from the same notes. */
    public void open(Aid saved) {
        aid = saved;
        template.set(saved.type());
        title.set(saved.title());
        body.set(saved.body());
        request = AidRequest.ofNotes(saved.type(), saved.sourceNotes());
        status.set(messages.text("aid.opened", saved.version()));
    }

    /** Makes the aid again from the same notes, after the template changed. */
    public void remake() {
        if (request != null) {
            make(request);
        }
    }

    public void save() {
        saveThen(saved -> { });
    }

    /** Saves the aid, then hands it as saved to {@code next}: to publish what is on screen. */
    public void saveThen(Consumer<Aid> next) {
        if (aid == null) {
            return;
        }
        Aid edited = edited();
        background.write(() -> aids.save(edited))
                .onSuccess(saved -> {
                    aid = saved;
                    status.set(messages.text("aid.saved", saved.version()));
                    onSaved.run();
                    next.accept(saved);
                })
                .onError(failure -> failed("aid.action.save", failure));
    }

    /** Deletes the saved aid, then runs {@code closed} (the window closes); an unsaved one is just closed. */
    public void delete(Runnable closed) {
        if (aid == null || aid.version() == 0) {
            closed.run();
            return;
        }
        UUID id = aid.id();
        background.write(() -> aids.delete(id))
                .onSuccess(deleted -> {
                    onSaved.run();
                    closed.run();
                })
                .onError(failure -> failed("aid.action.delete", failure));
    }

    /**
     * Writes the aid into {@code folder} as {@code format}, named after its title; a file of that name
     * that holds something else is written over only if {@code replace} says so when asked.
     */
    public void export(Path folder, AidFormat format, Predicate<List<Path>> replace) {
        if (aid == null) {
            return;
        }
        Aid edited = edited();
        Path file = folder.resolve(SafeFileNames.fileName(SafeFileNames.stem(edited.title()), "", format.extension()));
        export(edited, file, format, false, replace);
    }

    private void export(Aid edited, Path file, AidFormat format, boolean replacing, Predicate<List<Path>> replace) {
        background.read(() -> aids.export(edited, file, format, replacing))
                .onSuccess(written -> status.set(messages.text("aid.exported", written)))
                .onError(failure -> {
                    if (failure instanceof FileExistsException exists && replace.test(exists.files())) {
                        export(edited, file, format, true, replace);
                    } else {
                        failed("aid.action.export", failure);
                    }
                });
    }

    public void copy() {
        if (aid == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(body.get());
        Clipboard.getSystemClipboard().setContent(content);
        status.set(messages.text("aid.copied"));
    }

    private Aid edited() {
        return new Aid(aid.id(), template.get(), title.get(), aid.author(), aid.created(), aid.updated(), aid.version(),
                aid.sourceNotes(), aid.goals(), aid.tags(), body.get());
    }

    private void failed(String actionKey, Throwable failure) {
        // Input the user can change (a name taken, a file there already) is said on screen, not logged as a fault.
        if (!(failure instanceof InvalidInputException)) {
            LOG.log(Level.WARNING, "Aid action failed", failure);
        }
        status.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    // property accessors

    public StringProperty templateProperty() {
        return template;
    }

    public ObjectProperty<LocalDate> weekProperty() {
        return week;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
