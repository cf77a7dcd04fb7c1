package org.learnlog.ui.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.Heatmap;
import org.learnlog.model.NoteChange;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.model.TagCount;
import org.learnlog.service.Activity;
import org.learnlog.service.Aids;
import org.learnlog.service.Goals;
import org.learnlog.service.Notes;
import org.learnlog.service.Reviews;
import org.learnlog.ui.Background;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.StatusLine;

/**
 * What the sidebar and the heatmap show: the tags in use, the goals, the aids, how many goals are due
 * for review, the notes per day, and today. Each is loaded again only when a change can have changed it.
 */
public final class SidebarModel {
    // properties
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObservableList<Aid> aids = FXCollections.observableArrayList();
    private final ObservableList<ReviewSchedule> dueReviews = FXCollections.observableArrayList();
    private final ObjectProperty<Heatmap> heatmap = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();

    private final Sources sources;
    private final Background background;
    private final StatusLine status;

    /** The services the sidebar reads. */
    public record Sources(Notes notes, Goals goals, Aids aids, Reviews reviews, Activity activity) {
    }

    public SidebarModel(Sources sources, Background background, JournalEvents events, StatusLine status) {
        this.sources = sources;
        this.background = background;
        this.status = status;
        events.listen(this::changed);
    }

    // commands

    /** Loads all of it, as at start. */
    public void load() {
        loadTags();
        loadGoals();
        into(aids, sources.aids()::all);
        loadDays();
    }

    /** At a new day, Today and the heatmap move on; called now and then while the window is open. */
    public void checkDay() {
        if (day.get() != null && !day.get().equals(sources.notes().today())) {
            loadDays();
            loadGoals();
        }
    }

    private void changed(JournalEvents.Change change) {
        if (change instanceof JournalEvents.NoteSaved saved) {
            NoteChange note = saved.change();
            if (note.tagsChanged()) {
                loadTags();
            }
            if (note.dayChanged()) {
                loadDays();
            }
        } else if (change instanceof JournalEvents.NotesGone || change instanceof JournalEvents.NotesBack) {
            loadTags();
            loadDays();
        } else if (change instanceof JournalEvents.GoalsChanged) {
            loadGoals();
        } else if (change instanceof JournalEvents.AidsChanged) {
            into(aids, sources.aids()::all);
        } else if (change instanceof JournalEvents.JournalReplaced) {
            load();
        }
    }

    private void loadTags() {
        into(tags, sources.notes()::tagsInUse);
    }

    private void loadGoals() {
        into(goals, sources.goals()::all);
        into(dueReviews, sources.reviews()::due);
    }

    private void loadDays() {
        load(() -> new Days(sources.activity().heatmap(), sources.notes().today()), days -> {
            heatmap.set(days.heatmap());
            day.set(days.today());
        });
    }

    private record Days(Heatmap heatmap, LocalDate today) {
    }

    /** Reads a list in the background; it is only replaced if it changed, since every change redraws it. */
    private <T> void into(ObservableList<T> list, Callable<List<T>> read) {
        load(read, loaded -> {
            if (!list.equals(loaded)) {
                list.setAll(loaded);
            }
        });
    }

    private <T> void load(Callable<T> read, Consumer<T> show) {
        background.read(read).onSuccess(show::accept).onError(failure -> status.failed("action.load", failure));
    }

    // property accessors

    public ObservableList<TagCount> tags() {
        return tags;
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    public ObservableList<Aid> aids() {
        return aids;
    }

    /** Active goals whose review day has come, for the sidebar's Review row. */
    public ObservableList<ReviewSchedule> dueReviews() {
        return dueReviews;
    }

    public ReadOnlyObjectProperty<Heatmap> heatmap() {
        return heatmap;
    }

    /** Today, as of the last load of the days. */
    public ReadOnlyObjectProperty<LocalDate> day() {
        return day;
    }
}
