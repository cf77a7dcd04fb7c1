package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.NoteRepository;

/** Check-ins and progress: how a goal's metric has moved, and whether it keeps pace with the calendar. */
public final class GoalTracking {
    private final Goals goals;
    private final CheckInRepository checkIns;
    private final NoteRepository notes;
    private final Clock clock;

    public GoalTracking(Goals goals, CheckInRepository checkIns, NoteRepository notes, Clock clock) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.notes = notes;
        this.clock = clock;
    }

    /** Records a measurement (today unless {@code date} is given) with optional comment and evidence notes. */
    public CheckIn checkIn(String slug, double value, LocalDate date, String comment, List<UUID> evidence) {
        Goal goal = goals.find(slug);
        if (!Double.isFinite(value)) {
            throw new InvalidInputException("The value must be a number.");
        }
        LocalDate day = date != null ? date : LocalDate.now(clock);
        if (day.isBefore(goal.baselineDate())) {
            throw new InvalidInputException("A check-in can't be before the goal's baseline date, " + goal.baselineDate() + ".");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 2000) {
            throw new InvalidInputException("Keep the comment under 2,000 characters.");
        }
        for (UUID note : evidence) {
            if (notes.find(note).isEmpty()) {
                throw new NotFoundException("No note has the id " + note + ".");
            }
        }
        CheckIn checkIn = new CheckIn(UUID.randomUUID(), goal.id(), day, value, text, List.copyOf(evidence),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        checkIns.insert(checkIn);
        return checkIn;
    }

    public List<CheckIn> checkIns(String slug) {
        return checkIns.forGoal(goals.find(slug).id());
    }

    public GoalProgress progress(String slug) {
        Goal goal = goals.find(slug);
        return GoalProgress.of(goal, checkIns.forGoal(goal.id()), LocalDate.now(clock));
    }

    /** Every goal with its progress, in the goals' own order (active first, then by due date). */
    public List<GoalProgress> all() {
        LocalDate today = LocalDate.now(clock);
        return goals.all().stream().map(goal -> GoalProgress.of(goal, checkIns.forGoal(goal.id()), today)).toList();
    }
}
