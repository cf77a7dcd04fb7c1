package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalCheck;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Slugs;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;

/** The goal use cases: set a goal, look goals up. Check-ins and reviews build on these. */
public final class Goals {
    private final GoalRepository goals;
    private final NoteRepository notes;
    private final Clock clock;

    public Goals(GoalRepository goals, NoteRepository notes, Clock clock) {
        this.goals = goals;
        this.notes = notes;
        this.clock = clock;
    }

    /** Creates a goal whose baseline is measured today; its slug comes from the title and is unique. */
    public Goal create(GoalDraft draft) {
        LocalDate today = LocalDate.now(clock);
        check(draft, today);
        Goal goal = new Goal(UUID.randomUUID(), uniqueSlug(Slugs.fromTitle(draft.title())), draft.title(), draft.why(),
                draft.metric(), draft.unit(), draft.direction(), draft.baseline(), today, draft.target(), draft.due(),
                GoalStatus.ACTIVE, today, draft.cadence(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        goals.insert(goal);
        return goal;
    }

    /**
     * Changes what the user entered for goal {@code slug}: title, why, metric, unit, direction, baseline,
     * target, due date and cadence. The slug, the baseline's date and the status stay, so links keep working;
     * progress follows the new numbers.
     */
    public Goal edit(String slug, GoalDraft draft) {
        Goal goal = find(slug);
        check(draft, goal.baselineDate());
        Goal edited = new Goal(goal.id(), goal.slug(), draft.title(), draft.why(), draft.metric(), draft.unit(),
                draft.direction(), draft.baseline(), goal.baselineDate(), draft.target(), draft.due(), goal.status(),
                goal.statusChanged(), draft.cadence(), goal.created());
        if (!goals.update(edited)) {
            throw new NotFoundException("The goal \"" + slug + "\" was deleted meanwhile.");
        }
        return edited;
    }

    public List<Goal> all() {
        return goals.all();
    }

    public Goal byId(UUID id) {
        return goals.findById(id).orElseThrow(() -> new NotFoundException("That goal was deleted meanwhile."));
    }

    /** Marks the goal active, achieved or dropped as of today. */
    public Goal setStatus(String slug, GoalStatus status) {
        Goal goal = find(slug);
        if (goal.status() == status) {
            return goal;
        }
        Goal changed = goal.withStatus(status, LocalDate.now(clock));
        goals.updateStatus(changed);
        return changed;
    }

    /** How many notes link to the goal: what deleting it would unlink. */
    public int linkedNotes(String slug) {
        return goals.linkedNoteIds(find(slug).id()).size();
    }

    /** Deletes the goal with its check-ins and reviews. Its notes are kept, without the link. */
    public void delete(String slug) {
        Goal goal = find(slug);
        List<UUID> linked = goals.linkedNoteIds(goal.id());
        if (!goals.delete(goal.id())) {
            throw new NotFoundException("The goal \"" + slug + "\" was deleted meanwhile.");
        }
        // Written again as they now are, without the link, so the search index forgets it too.
        notes.saveAll(List.copyOf(notes.findAll(linked).values()));
    }

    static final InvalidInputException.Suggestion LIST_GOALS = new InvalidInputException.Suggestion(List.of("goals"),
            "lists the goals");

    public Goal find(String slug) {
        return goals.findBySlug(slug.strip().replaceFirst("^\\+", ""))
                .orElseThrow(() -> new NotFoundException("There is no goal \"" + slug + "\".", LIST_GOALS));
    }

    private static void check(GoalDraft draft, LocalDate baselineDate) {
        List<GoalCheck.Problem> problems = GoalCheck.problems(draft, baselineDate);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message());
        }
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; goals.findBySlug(slug).isPresent(); n++) {
            String suffix = "-" + n;
            slug = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - suffix.length())) + suffix;
        }
        return slug;
    }
}
