package org.learnlog.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
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
        check(draft);
        LocalDate today = LocalDate.now(clock);
        Goal goal = new Goal(UUID.randomUUID(), uniqueSlug(Slugs.fromTitle(draft.title())), draft.title(), draft.why(),
                draft.metric(), draft.unit(), draft.direction(), draft.baseline(), today, draft.target(), draft.due(),
                GoalStatus.ACTIVE, today, draft.cadence(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        goals.insert(goal);
        return goal;
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

    private void check(GoalDraft draft) {
        if (draft.title().isEmpty()) {
            throw new InvalidInputException("A goal needs a title.");
        }
        if (draft.title().length() > 300 || draft.metric().length() > 300 || draft.unit().length() > 50) {
            throw new InvalidInputException("Keep the title and metric under 300 characters and the unit under 50.");
        }
        if (draft.metric().isEmpty()) {
            throw new InvalidInputException("A goal needs a metric: what \"better\" means, e.g. \"median PR review turnaround\".");
        }
        if (!Double.isFinite(draft.baseline()) || !Double.isFinite(draft.target())) {
            throw new InvalidInputException("The baseline and the target must be numbers.");
        }
        if (draft.baseline() == draft.target()) {
            throw new InvalidInputException("The target must differ from the baseline.");
        }
        if ((draft.target() > draft.baseline()) != (draft.direction() == Direction.HIGHER_IS_BETTER)) {
            throw new InvalidInputException(draft.direction() == Direction.HIGHER_IS_BETTER
                    ? "Higher is better, so the target must be above the baseline. Swap them, or choose lower is better."
                    : "Lower is better, so the target must be below the baseline. Swap them, or choose higher is better.");
        }
        if (draft.due() == null || !draft.due().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("The due date must be after the baseline date, which is today ("
                    + LocalDate.now(clock) + ").");
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
