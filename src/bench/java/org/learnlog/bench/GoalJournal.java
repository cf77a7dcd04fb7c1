package org.learnlog.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.UUID;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;
import org.learnlog.model.ReviewDraft;
import org.learnlog.service.JournalServices;
import org.learnlog.service.SteppingClock;
import org.learnlog.store.Database;

/**
 * A journal lived through day by day from a fixed seed, the way a worker keeps it: goals set months
 * ago, notes most days linked to them, weekly check-ins that move the metric in fits and starts, and
 * reviews. It feeds the screenshots ({@link #main}) and the Goals benchmark.
 */
public final class GoalJournal {
    private static final String[][] GOALS = {
        {"Review speed", "Unblock teammates sooner", "median PR review turnaround", "h", "20", "10"},
        {"Incident follow-ups on time", "Stop repeat incidents", "follow-ups closed within a week", "%", "40", "90"},
        {"Billing test coverage", "Ship billing changes without fear", "line coverage of billing", "%", "55", "80"},
    };
    private static final String[] LEARNINGS = {"Review before standup, not after", "Test plan in the PR description",
        "Squash fixups with rebase --autosquash", "Split PRs under 300 lines", "Ask for the riskiest file first",
        "Pair on the first review of a newcomer", "Write the follow-up ticket during the incident call",
        "Time-box the postmortem to 30 minutes", "Mutation testing finds weak asserts", "Property tests for rounding",
        "Feature flags make rollbacks boring", "Read the diff bottom-up", "Label PRs by risk", "Cache the CI deps"};
    private static final String[] TAGS = {"code-review", "git", "incidents", "testing", "ci", "java", "teamwork"};

    private final SteppingClock clock;
    private final Random random;

    private GoalJournal(LocalDate start, long seed) {
        this.clock = new SteppingClock(start.atTime(9, 40).toInstant(ZoneOffset.UTC));
        this.random = new Random(seed);
    }

    /** Writes the demo journal into the folder given, as lived from August to today. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/demo-journal");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        write(dir, GOALS.length, today.minusDays(118), today, 7);
        System.out.println("Demo journal written to " + dir.toAbsolutePath());
    }

    /** {@code goals} goals set on {@code start}, lived through until {@code end}, checked in every {@code every} days. */
    public static void write(Path dir, int goals, LocalDate start, LocalDate end, int every) {
        GoalJournal life = new GoalJournal(start, 42);
        try (JournalServices services = JournalAssembly.over(Database.openFile(dir), life.clock, dir)) {
            life.live(services, goals, end, every);
        }
    }

    private void live(JournalServices services, int count, LocalDate end, int every) {
        List<Goal> goals = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            String[] spec = GOALS[g % GOALS.length];
            double baseline = Double.parseDouble(spec[4]);
            double target = Double.parseDouble(spec[5]);
            goals.add(services.goals().create(new GoalDraft(spec[0] + (g < GOALS.length ? "" : " " + (g / GOALS.length + 1)),
                    spec[1], spec[2], spec[3], target < baseline ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    baseline, target, today().plusDays(150), g % 3 == 1 ? Cadence.FORTNIGHTLY : Cadence.WEEKLY)));
        }
        for (int day = 1; !today().isAfter(end.minusDays(1)); day++) {
            clock.advance(Duration.ofDays(1));
            List<UUID> written = notes(services, goals);
            if (day % every == 0) {
                for (Goal goal : goals) {
                    checkIn(services, goal, day, written);
                }
            }
            // The last week is left unreviewed, so a weekly goal is due today, as on a real Friday.
            if (day % 7 == 0 && today().isBefore(end.minusDays(10))) {
                for (Goal goal : goals) {
                    services.reviews().save(goal.slug(), new ReviewDraft(OptionalDouble.empty(),
                            "Reviewing first thing in the morning", "An on-call week", "Split PRs under 300 lines"));
                }
            }
        }
    }

    private List<UUID> notes(JournalServices services, List<Goal> goals) {
        List<UUID> written = new ArrayList<>();
        int notes = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
        for (int n = 0; n < notes; n++) {
            String goal = goals.isEmpty() ? null : goals.get(random.nextInt(goals.size())).slug();
            written.add(services.notes().save(new NoteDraft(null, LEARNINGS[random.nextInt(LEARNINGS.length)],
                    "What I noticed today, and what I will do next time.\n\n- one step\n- another step\n", today(),
                    NoteKind.values()[random.nextInt(NoteKind.values().length)], "",
                    List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]),
                    goal == null || random.nextInt(3) == 0 ? List.of() : List.of(goal))).id());
        }
        return written;
    }

    /** The metric moves toward the target in fits and starts, with the odd step back. */
    private void checkIn(JournalServices services, Goal goal, int day, List<UUID> written) {
        Goal now = services.goals().find(goal.slug());
        if (now.status() != GoalStatus.ACTIVE) {
            return;
        }
        double share = Math.min(1.1, day / 150.0 + (random.nextDouble() - 0.5) * 0.15);
        double value = Math.round((goal.baseline() + (goal.target() - goal.baseline()) * share) * 10) / 10.0;
        services.tracking().checkIn(goal.slug(), value, null, random.nextInt(4) == 0 ? "A rough week" : "",
                written.isEmpty() ? List.of() : List.of(written.get(0)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
