package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalStatus;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.NoteRepository;

/** Check-ins and progress: how a goal's metric has moved, and whether it keeps pace with the calendar. */
public final class GoalTracking {
    private final Goals goals;
    private final CheckInRepository checkIns;
    private final CheckInRules rules;
    private final Clock clock;

    public GoalTracking(Goals goals, CheckInRepository checkIns, NoteRepository notes, Clock clock) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.rules = new CheckInRules(notes);
        this.clock = clock;
    }

    /** Records a measurement (today unless {@code date} is given) with optional comment and evidence notes. */
    public CheckInResult checkIn(String slug, double value, LocalDate date, String comment, List<UUID> evidence) {
        Goal goal = goals.find(slug);
        CheckIn checkIn = make(goal, value, date, comment, evidence);
        List<CheckIn> before = checkIns.forGoal(goal.id());
        checkIns.insert(checkIn);
        return result(goal, before, checkIn);
    }

    /** Makes a valid check-in without saving it, e.g. to save it together with a review. */
    CheckIn make(Goal goal, double value, LocalDate date, String comment, List<UUID> evidence) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date != null ? date : today;
        String text = rules.check(goal, value, day, today, comment, evidence);
        return new CheckIn(UUID.randomUUID(), goal.id(), day, value, text, List.copyOf(evidence),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Changes a check-in's day, value, comment and evidence. */
    public CheckInResult edit(UUID id, LocalDate date, double value, String comment, List<UUID> evidence) {
        CheckIn old = find(id);
        Goal goal = goals.byId(old.goalId());
        String text = rules.check(goal, value, date, LocalDate.now(clock), comment, evidence);
        CheckIn edited = new CheckIn(id, old.goalId(), date, value, text, List.copyOf(evidence), old.created());
        List<CheckIn> before = checkIns.forGoal(goal.id()).stream().filter(c -> !c.id().equals(id)).toList();
        if (!checkIns.update(edited)) {
            throw new NotFoundException("That check-in was deleted meanwhile.");
        }
        return result(goal, before, edited);
    }

    public void delete(UUID id) {
        if (!checkIns.delete(id)) {
            throw new NotFoundException("That check-in was deleted meanwhile.");
        }
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
        Map<UUID, List<CheckIn>> byGoal = checkIns.all().stream().collect(Collectors.groupingBy(CheckIn::goalId));
        return goals.all().stream()
                .map(goal -> GoalProgress.of(goal, byGoal.getOrDefault(goal.id(), List.of()), today)).toList();
    }

    CheckInResult result(Goal goal, List<CheckIn> before, CheckIn saved) {
        List<CheckIn> after = new ArrayList<>(before);
        after.add(saved);
        boolean first = goal.status() == GoalStatus.ACTIVE && goal.reachedBy(saved.value())
                && before.stream().noneMatch(earlier -> goal.reachedBy(earlier.value()));
        return new CheckInResult(saved, GoalProgress.of(goal, after, LocalDate.now(clock)), first);
    }

    private CheckIn find(UUID id) {
        return checkIns.find(id).orElseThrow(() -> new NotFoundException("That check-in no longer exists."));
    }
}
