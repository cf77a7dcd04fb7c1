package org.learnlog.ui.review;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.ReviewDraft;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.service.CheckInResult;
import org.learnlog.service.Goals;
import org.learnlog.service.ReviewPage;
import org.learnlog.service.Reviews;
import org.learnlog.ui.Background;
import org.learnlog.ui.Errors;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Numbers;

/**
 * The Review screen: the goals due for review, the page of the one chosen, and the answers being
 * written. A failed save keeps the answers; a saved review clears them.
 */
public final class ReviewModel {
    private static final System.Logger LOG = System.getLogger(ReviewModel.class.getName());

    // properties
    private final ObservableList<ReviewSchedule> due = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReviewPage> page = new ReadOnlyObjectWrapper<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty moved = new SimpleStringProperty("");
    private final StringProperty obstacles = new SimpleStringProperty("");
    private final StringProperty nextTry = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Answers typed for goals other than the open one, by slug. */
    private final Map<String, List<String>> drafts = new HashMap<>();

    private final Reviews reviews;
    private final Goals goals;
    private final Background background;
    private final JournalEvents events;
    private final Messages messages;

    /** A saved review, its check-in and a goal marked achieved are told to {@code events}. */
    public ReviewModel(Reviews reviews, Goals goals, Background background, JournalEvents events, Messages messages) {
        this.reviews = reviews;
        this.goals = goals;
        this.background = background;
        this.events = events;
        this.messages = messages;
    }

    // commands

    /** Loads the due goals, and opens {@code slug} (or else the first due goal) when it is given. */
    public void load(String slug) {
        background.read(() -> reviews.due())
                .onSuccess(schedules -> {
                    due.setAll(schedules);
                    String wanted = slug != null ? slug : schedules.isEmpty() ? null : schedules.get(0).goal().slug();
                    if (wanted == null) {
                        page.set(null);
                    } else {
                        open(wanted);
                    }
                })
                .onError(failure -> failed("action.loadReviews", failure));
    }

    /** Opens {@code slug}'s review; answers typed for another goal are kept until its review is saved. */
    public void open(String slug) {
        ReviewPage current = page.get();
        if (current != null && current.progress().goal().slug().equals(slug)) {
            return;
        }
        background.read(() -> reviews.page(slug))
                .onSuccess(loaded -> {
                    if (page.get() != null) {
                        drafts.put(page.get().progress().goal().slug(), fields().stream().map(StringProperty::get).toList());
                    }
                    page.set(loaded);
                    List<String> kept = drafts.getOrDefault(slug, List.of("", "", "", ""));
                    for (int i = 0; i < kept.size(); i++) {
                        fields().get(i).set(kept.get(i));
                    }
                })
                .onError(failure -> failed("action.loadReviews", failure));
    }

    /** Saves the review of the open goal; {@code reached} hears when its check-in first reached the target. */
    public void save(Consumer<CheckInResult> reached) {
        ReviewPage open = page.get();
        if (open == null) {
            return;
        }
        OptionalDouble number = value.get().isBlank() ? OptionalDouble.empty() : Numbers.parse(value.get());
        if (!value.get().isBlank() && number.isEmpty()) {
            message.set(messages.text("review.badValue", value.get()));
            return;
        }
        String slug = open.progress().goal().slug();
        ReviewDraft draft = new ReviewDraft(number, moved.get(), obstacles.get(), nextTry.get());
        background.write(() -> reviews.save(slug, draft))
                .onSuccess(result -> {
                    drafts.remove(slug);
                    page.set(null);
                    fields().forEach(field -> field.set(""));
                    message.set(messages.text("review.saved", open.progress().goal().title()));
                    events.publish(new JournalEvents.GoalsChanged());
                    load(null);
                    result.checkIn().filter(CheckInResult::reachedTarget).ifPresent(reached);
                })
                .onError(failure -> failed("action.saveReview", failure));
    }

    public void markAchieved(String slug, Runnable done) {
        background.write(() -> goals.setStatus(slug, GoalStatus.ACHIEVED))
                .onSuccess(goal -> {
                    events.publish(new JournalEvents.GoalsChanged());
                    done.run();
                })
                .onError(failure -> failed("action.setStatus", failure));
    }

    // property accessors

    public ObservableList<ReviewSchedule> due() {
        return due;
    }

    public ReadOnlyObjectProperty<ReviewPage> page() {
        return page.getReadOnlyProperty();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty movedProperty() {
        return moved;
    }

    public StringProperty obstaclesProperty() {
        return obstacles;
    }

    public StringProperty nextTryProperty() {
        return nextTry;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    private List<StringProperty> fields() {
        return List.of(value, moved, obstacles, nextTry);
    }

    private void failed(String actionKey, Throwable failure) {
        LOG.log(Level.WARNING, "Couldn't " + actionKey, failure);
        message.set(messages.text("action.failed", messages.text(actionKey), Errors.describe(failure)));
    }
}
