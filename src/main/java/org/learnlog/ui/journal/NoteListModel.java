package org.learnlog.ui.journal;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.Heatmap;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.model.TagCount;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Navigation;
import org.learnlog.ui.Place;

/**
 * What the main window shows: the filter chosen in the sidebar, the notes it matches, the tags and
 * goals for the sidebar, and a status line. Every query runs in the background.
 */
public final class NoteListModel {
    /** Notes loaded at a time; more are loaded as the list is scrolled near its end. */
    static final int PAGE = 200;
    private static final System.Logger LOG = System.getLogger(NoteListModel.class.getName());

    // properties
    private final ObjectProperty<NoteFilter> filter = new SimpleObjectProperty<>(NoteFilter.all());
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObservableList<Aid> aids = FXCollections.observableArrayList();
    private final ObservableList<ReviewSchedule> dueReviews = FXCollections.observableArrayList();
    private final ObjectProperty<Heatmap> heatmap = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();

    private final JournalServices services;
    private final Background background;
    private final Messages messages;
    private long generation;
    private boolean hasMore;
    private boolean loadingMore;

    public NoteListModel(JournalServices services, Background background, Navigation navigation, Messages messages) {
        this.services = services;
        this.background = background;
        this.messages = messages;
        filter.addListener((observable, old, now) -> refresh());
        navigation.placeProperty().addListener((observable, old, place) -> {
            if (place.screen() == Place.Screen.NOTES) {
                filter.set(place.filter());
            }
        });
    }

    // commands

    /**
     * Reloads the list (as many notes as it showed, so a scrolled list keeps its place) and the
     * sidebar; only the newest of overlapping refreshes is shown.
     */
    public void refresh() {
        long mine = ++generation;
        NoteFilter current = filter.get();
        int shown = Math.max(PAGE, notes.size());
        loadingMore = false;
        background.read(() -> new Snapshot(services.notes().list(current, shown),
                        services.notes().tagsInUse(), services.goals().all(), services.aids().all(),
                        services.reviews().due(), services.activity().heatmap(), services.notes().today()))
                .onSuccess(snapshot -> {
                    if (mine == generation) {
                        hasMore = snapshot.notes().size() == shown;
                        replace(notes, snapshot.notes());
                        replace(tags, snapshot.tags());
                        replace(goals, snapshot.goals());
                        replace(aids, snapshot.aids());
                        replace(dueReviews, snapshot.dueReviews());
                        heatmap.set(snapshot.heatmap());
                        day.set(snapshot.day());
                    }
                })
                .onError(failure -> failed("action.load", failure));
    }

    /** Loads the next page when the list is scrolled near its end; a refresh meanwhile wins. */
    public void loadMore() {
        if (!hasMore || loadingMore || notes.isEmpty()) {
            return;
        }
        loadingMore = true;
        long mine = generation;
        NoteFilter current = filter.get();
        NoteSummary last = notes.get(notes.size() - 1);
        background.read(() -> services.notes().listAfter(current, last, PAGE))
                .onSuccess(page -> {
                    if (mine == generation && loadingMore) {
                        loadingMore = false;
                        hasMore = page.size() == PAGE;
                        notes.addAll(page);
                    }
                })
                .onError(failure -> {
                    loadingMore = false;
                    failed("action.load", failure);
                });
    }

    public void noteDeleted(UUID id) {
        notes.removeIf(note -> note.id().equals(id));
        refresh();
    }

    public void createGoal(GoalDraft draft) {
        background.write(() -> services.goals().create(draft))
                .onSuccess(goal -> {
                    report(messages.text("goal.created", goal.title(), goal.slug()));
                    refresh();
                })
                .onError(failure -> failed("action.createGoal", failure));
    }

    public NoteFilter today() {
        return NoteFilter.on(services.notes().today());
    }

    public void report(String message) {
        undo.set(null);
        status.set(message);
    }

    /** Reports what was done, with an Undo beside it until the next report. */
    public void offerUndo(String message, Runnable undoIt) {
        status.set(message);
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

    public void failed(String actionKey, Throwable failure) {
        LOG.log(Level.WARNING, "Couldn't " + actionKey, failure);
        report(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }

    // property accessors

    public ObjectProperty<NoteFilter> filterProperty() {
        return filter;
    }

    public ObservableList<NoteSummary> notes() {
        return notes;
    }

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

    /** Today, as of the last load: it moves on at midnight with the next load. */
    public ReadOnlyObjectProperty<LocalDate> day() {
        return day;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status line offers an undo. */
    public BooleanBinding canUndo() {
        return undo.isNotNull();
    }

    /**
     * Replaces what {@code list} holds only if it changed: every change redraws what shows the list,
     * and most loads, after a save, find the sidebar's lists as they were.
     */
    private static <T> void replace(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    private record Snapshot(List<NoteSummary> notes, List<TagCount> tags, List<Goal> goals, List<Aid> aids,
                            List<ReviewSchedule> dueReviews, Heatmap heatmap, LocalDate day) {
    }
}
