package org.learnlog.app.wiring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalReport;
import org.learnlog.service.Activity;
import org.learnlog.service.Goals;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.Job;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.View;
import org.learnlog.ui.goals.CheckInDialogController;
import org.learnlog.ui.goals.CheckInForm;
import org.learnlog.ui.goals.GoalDetailController;
import org.learnlog.ui.goals.GoalDetailModel;
import org.learnlog.ui.goals.GoalDialogController;
import org.learnlog.ui.goals.GoalDialogs;
import org.learnlog.ui.goals.GoalsController;
import org.learnlog.ui.goals.GoalsModel;

/** The goals feature: the Goals screen, a goal's page, and the dialogs for a new goal and a check-in. */
final class GoalsWiring implements GoalDialogs {
    private final Shared shared;
    private final Goals goals;
    private final GoalsModel list;
    private final GoalDetailModel detail;

    /** {@code sources} holds the goals service the dialogs save through; {@code activity} counts the notes. */
    GoalsWiring(GoalDetailModel.Sources sources, Activity activity, Shared shared) {
        this.shared = shared;
        this.goals = sources.goals();
        list = new GoalsModel(sources.tracking(), activity, shared.background(), shared.events(), shared.messages());
        detail = new GoalDetailModel(sources, shared.background(), shared.events(), shared.messages());
    }

    void register(ControllerFactory.Builder controllers) {
        controllers.add(GoalsController.class, () -> new GoalsController(list, shared.navigation(),
                        () -> newGoal(null), shared.messages()))
                .add(GoalDetailController.class, () -> new GoalDetailController(detail, shared.navigation(), this,
                        shared.windows(), shared.folders(), shared.messages()));
    }

    /** Asks for a new goal over {@code owner} and creates it. */
    void newGoal(Window owner) {
        goalDialog(owner, null).ifPresent(goal -> shared.status().report(
                shared.messages().text("goal.created", goal.title(), goal.slug())));
    }

    @Override
    public Optional<Goal> editGoal(Window owner, Goal goal) {
        return goalDialog(owner, goal);
    }

    /** The goal dialog for a new goal ({@code existing} null) or to change one; it saves before it closes. */
    private Optional<Goal> goalDialog(Window owner, Goal existing) {
        Function<GoalDraft, Job<Goal>> save = draft -> shared.background()
                .write(() -> existing == null ? goals.create(draft) : goals.edit(existing.slug(), draft))
                .onSuccess(goal -> shared.events().publish(new JournalEvents.GoalsChanged()));
        return shared.windows().<Goal>dialog(View.GOAL_DIALOG, ControllerFactory.of(GoalDialogController.class,
                () -> new GoalDialogController(existing, detail.today(), save, shared.messages())), owner,
                shared.messages().text(existing == null ? "goal.dialog.title" : "goal.edit.title")).showAndWait();
    }

    @Override
    public Optional<CheckInForm> checkIn(Window owner, GoalReport report, CheckIn existing, LocalDate today) {
        return shared.windows().<CheckInForm>dialog(View.CHECK_IN_DIALOG, ControllerFactory.of(
                CheckInDialogController.class, () -> new CheckInDialogController(report, existing, today,
                        shared.messages())), owner,
                shared.messages().text(existing == null ? "checkin.title" : "checkin.editTitle")).showAndWait();
    }
}
