package org.learnlog.ui.goals;

import org.learnlog.service.LibrarySharing;
import org.learnlog.model.LibraryEntry;
import javafx.collections.ObservableList;
import javafx.collections.FXCollections;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.WritableImage;
import org.learnlog.model.GoalReport;
import org.learnlog.model.GoalStatus;
import org.learnlog.service.CheckInResult;
import org.learnlog.service.FileExistsException;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.GoalReviewExport;
import org.learnlog.service.GoalTracking;
import org.learnlog.service.Goals;
import org.learnlog.service.Notes;
import org.learnlog.service.Reviews;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;

/** One goal's page: its report, and the commands that change it. Every call runs in the background. */
public final class GoalDetailModel {
    private static final System.Logger LOG = System.getLogger(GoalDetailModel.class.getName());

    // properties
    private final ReadOnlyObjectWrapper<GoalReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final Sources services;
    private final Background background;
    private final JournalEvents events;
    private final Messages messages;
    private final ObservableList<LibraryEntry> shared = FXCollections.observableArrayList();
    private String slug;
    private long generation;

    /** The services a goal's page uses. */
    public record Sources(Reviews reviews, GoalTracking tracking, Goals goals, GoalReviewExport reviewExport,
                          Notes notes, LibrarySharing sharing) {
    }

    /** Each change is told to {@code events}, so the sidebar and the lists catch up. */
    public GoalDetailModel(Sources services, Background background, JournalEvents events, Messages messages) {
        this.services = services;
        this.background = background;
        this.events = events;
        this.messages = messages;
    }

    // commands

    public void load(String goalSlug) {
        slug = goalSlug;
        reload();
    }

    public void reload() {
        long mine = ++generation;
        String wanted = slug;
        background.read(() -> services.reviews().report(wanted))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        report.set(loaded);
                    }
                })
                .onError(failure -> failed("action.loadGoal", failure));
        // The team's word on what the user shares for this goal: read from the libraries' copies, no network.
        background.read(() -> services.sharing().linkedTo(wanted)).onSuccess(entries -> {
            if (mine == generation) {
                shared.setAll(entries);
            }
        }).onError(failure -> failed("action.loadGoal", failure));
    }

    /** Saves a new check-in; {@code reached} hears of it when it is the first to reach the target. */
    public void checkIn(CheckInForm form, Consumer<CheckInResult> reached) {
        String goal = slug;
        background.write(() -> services.tracking().checkIn(goal, form.value(), form.date(), form.comment(), form.evidence()))
                .onSuccess(result -> changed(messages.text("checkin.saved"), result, reached))
                .onError(failure -> failed("action.checkIn", failure));
    }

    public void edit(UUID checkIn, CheckInForm form, Consumer<CheckInResult> reached) {
        background.write(() -> services.tracking().edit(checkIn, form.date(), form.value(), form.comment(), form.evidence()))
                .onSuccess(result -> changed(messages.text("checkin.edited"), result, reached))
                .onError(failure -> failed("action.editCheckIn", failure));
    }

    public void delete(UUID checkIn) {
        background.write(() -> {
                    services.tracking().delete(checkIn);
                    return checkIn;
                })
                .onSuccess(deleted -> changed(messages.text("checkin.deleted"), null, result -> { }))
                .onError(failure -> failed("action.deleteCheckIn", failure));
    }

    public void setStatus(GoalStatus status) {
        String goal = slug;
        background.write(() -> services.goals().setStatus(goal, status))
                .onSuccess(changed -> changed(messages.text("goal.statusChanged", changed.title(),
                        messages.text("goal.badge." + status.name().toLowerCase(Locale.ROOT))), null, r -> { }))
                .onError(failure -> failed("action.setStatus", failure));
    }

    /** Counts the notes linked to the goal, for the question before deleting it. */
    public void linkedNotes(Consumer<Integer> answer) {
        String goal = slug;
        background.read(() -> services.goals().linkedNotes(goal)).onSuccess(answer::accept)
                .onError(failure -> failed("action.deleteGoal", failure));
    }

    public void deleteGoal(Runnable done) {
        String goal = slug;
        background.write(() -> {
                    services.goals().delete(goal);
                    return goal;
                })
                .onSuccess(deleted -> {
                    message.set(messages.text("goal.deleted", deleted));
                    events.publish(new JournalEvents.GoalsChanged());
                    done.run();
                })
                .onError(failure -> failed("action.deleteGoal", failure));
    }

    /**
     * Writes the goal review into {@code folder}, with the chart drawn as a PNG beside it; files there
     * that hold something else are written over only if {@code replace} says so when asked.
     */
    public void exportReview(Path folder, WritableImage chart, Predicate<List<Path>> replace) {
        String goal = slug;
        Path file = folder.resolve(messages.text("review.fileName", goal, today()) + ".md");
        exportReview(goal, file, chart, false, replace);
    }

    private void exportReview(String goal, Path file, WritableImage chart, boolean replacing,
                              Predicate<List<Path>> replace) {
        background.write(() -> services.reviewExport().write(goal, file, ChartPng.encode(chart), replacing))
                .onSuccess(files -> message.set(messages.text("review.exported", files.get(0))))
                .onError(failure -> {
                    if (failure instanceof FileExistsException exists && replace.test(exists.files())) {
                        exportReview(goal, file, chart, true, replace);
                    } else {
                        failed("action.exportReview", failure);
                    }
                });
    }

    // property accessors

    /** The library items of this goal's notes and aids, with their teammates' feedback. */
    public ObservableList<LibraryEntry> shared() {
        return shared;
    }

    public ReadOnlyObjectProperty<GoalReport> report() {
        return report.getReadOnlyProperty();
    }

    /** What the last command did, or why it failed. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public String slug() {
        return slug;
    }

    public LocalDate today() {
        return services.notes().today();
    }

    private void changed(String done, CheckInResult result, Consumer<CheckInResult> reached) {
        message.set(done);
        reload();
        events.publish(new JournalEvents.GoalsChanged());
        if (result != null && result.reachedTarget()) {
            reached.accept(result);
        }
    }

    private void failed(String actionKey, Throwable failure) {
        // Input the user can change (a name taken, a file there already) is said on screen, not logged as a fault.
        if (!(failure instanceof InvalidInputException)) {
            LOG.log(Level.WARNING, "Couldn't " + actionKey, failure);
        }
        message.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }
}
