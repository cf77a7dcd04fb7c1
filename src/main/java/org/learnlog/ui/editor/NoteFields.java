package org.learnlog.ui.editor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

/** The fields of the note on screen, as the editor's controls show and change them. */
public final class NoteFields {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(NoteKind.INSIGHT);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty context = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableList<String> goals = FXCollections.observableArrayList();
    /** False while the date field shows text that is not a date; the view says so. */
    private final BooleanProperty dateValid = new SimpleBooleanProperty(true);

    /** The note as it stands on screen, as note {@code id}. */
    NoteDraft draft(UUID id) {
        List<String> words = Arrays.stream(tags.get().split("[\\s,]+")).filter(t -> !t.isBlank()).toList();
        // +slug links a goal, as it does in learnlog add; the rest are tags.
        List<String> tagList = words.stream().filter(word -> !word.startsWith("+")).toList();
        Set<String> goalList = new LinkedHashSet<>(goals);
        words.stream().filter(word -> word.startsWith("+") && word.length() > 1).map(word -> word.substring(1))
                .forEach(goalList::add);
        return new NoteDraft(id, title.get(), body.get(), date.get(), kind.get(), context.get(), tagList,
                List.copyOf(goalList));
    }

    void show(NoteDraft draft) {
        title.set(draft.title());
        body.set(draft.body());
        kind.set(draft.kind());
        // Through null, so a date field showing text that is not a date shows this note's day again.
        date.set(null);
        date.set(draft.date());
        context.set(draft.context());
        tags.set(String.join(" ", draft.tags()));
        goals.setAll(draft.goals());
    }

    /** Every field, for whatever follows a change to any of them. */
    Observable[] all() {
        return new Observable[] {title, body, context, tags, kind, date, goals};
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty body() {
        return body;
    }

    public ObjectProperty<NoteKind> kind() {
        return kind;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public BooleanProperty dateValid() {
        return dateValid;
    }

    public StringProperty context() {
        return context;
    }

    public StringProperty tags() {
        return tags;
    }

    public ObservableList<String> goals() {
        return goals;
    }
}
