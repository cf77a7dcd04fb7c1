package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.Optional;
import javafx.stage.Window;
import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalDraft;
import org.learnlog.model.GoalReport;

/** The goal dialogs, which the goals feature builds from FXML: a new goal, and a check-in to add or correct. */
public interface GoalDialogs {
    /** A new goal, or empty if the user cancels; the goals service still checks what comes back. */
    Optional<GoalDraft> newGoal(Window owner, LocalDate today);

    /** A check-in for {@code report}'s goal: a new one, or {@code existing} corrected; empty if cancelled. */
    Optional<CheckInForm> checkIn(Window owner, GoalReport report, CheckIn existing, LocalDate today);
}
