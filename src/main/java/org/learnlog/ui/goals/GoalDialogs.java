package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalReport;

/** The goal dialogs, which the goals feature builds from FXML: a goal to change, and a check-in to add or correct. */
public interface GoalDialogs {
    /** Asks for changes to {@code goal} and saves them: the goal as saved, or empty if the user cancels. */
    Optional<Goal> editGoal(Window owner, Goal goal);

    /** A check-in for {@code report}'s goal: a new one, or {@code existing} corrected; empty if cancelled. */
    Optional<CheckInForm> checkIn(Window owner, GoalReport report, CheckIn existing, LocalDate today);
}
