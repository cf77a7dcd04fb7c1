package org.learnlog.ui.goals;

import java.lang.System.Logger.Level;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.GoalCount;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.TagCount;
import org.learnlog.service.Activity;
import org.learnlog.service.GoalTracking;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/** The Goals screen's data: every goal with its progress, and notes per goal and per tag lately. */
public final class GoalsModel {
    private static final System.Logger LOG = System.getLogger(GoalsModel.class.getName());

    // properties
    private final ObservableList<GoalProgress> goals = FXCollections.observableArrayList();
    private final ObservableList<GoalCount> notesPerGoal = FXCollections.observableArrayList();
    private final ObservableList<TagCount> notesPerTag = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final GoalTracking tracking;
    private final Activity activity;
    private final Background background;
    private final Messages messages;
    private long generation;
    private boolean shown;
    private boolean stale = true;

    /** Any change to the notes or the goals makes what it shows stale: loaded again now if shown, else when next shown. */
    public GoalsModel(GoalTracking tracking, Activity activity, Background background, JournalEvents events,
                      Messages messages) {
        this.tracking = tracking;
        this.activity = activity;
        this.background = background;
        this.messages = messages;
        events.listen(change -> {
            if (!(change instanceof JournalEvents.AidsChanged)) {
                stale = true;
                if (shown) {
                    load();
                }
            }
        });
    }

    // commands

    /** The Goals screen shows or hides; on showing, what is stale loads again. */
    public void shown(boolean visible) {
        shown = visible;
        if (visible && stale) {
            load();
        }
    }

    /** Loads the goals and the counts; only the newest of overlapping loads is shown. */
    private void load() {
        stale = false;
        long mine = ++generation;
        background.read(() -> new Snapshot(tracking.all(), activity.notesPerGoal(), activity.notesPerTag()))
                .onSuccess(snapshot -> {
                    if (mine == generation) {
                        goals.setAll(snapshot.goals());
                        notesPerGoal.setAll(snapshot.perGoal());
                        notesPerTag.setAll(snapshot.perTag());
                        problem.set("");
                    }
                })
                .onError(failure -> {
                    LOG.log(Level.WARNING, "Couldn't load the goals", failure);
                    problem.set(messages.text("action.failed", messages.text("action.loadGoals"), Errors.describe(failure)));
                });
    }

    // property accessors

    public ObservableList<GoalProgress> goals() {
        return goals;
    }

    public ObservableList<GoalCount> notesPerGoal() {
        return notesPerGoal;
    }

    public ObservableList<TagCount> notesPerTag() {
        return notesPerTag;
    }

    /** Why the last load failed, or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    private record Snapshot(List<GoalProgress> goals, List<GoalCount> perGoal, List<TagCount> perTag) {
    }
}
