package org.learnlog.ui.goals;

import javafx.stage.Window;
import org.learnlog.model.Goal;
import org.learnlog.ui.Messages;
import org.learnlog.ui.Windows;

/** The questions a goal asks before a big step: mark it achieved? delete it, and unlink its notes? */
public final class GoalPrompts {
    private final Windows windows;
    private final Messages messages;

    public GoalPrompts(Windows windows, Messages messages) {
        this.windows = windows;
        this.messages = messages;
    }

    /** Asked when a check-in first reaches the target. */
    public boolean markAchieved(Window owner, Goal goal) {
        return windows.confirm(owner, messages.text("goal.reached.header", goal.title()),
                messages.text("goal.reached.detail"), messages.text("goal.reached.confirm"), "markAchieved");
    }

    boolean delete(Window owner, Goal goal, int linkedNotes) {
        return windows.confirmCarefully(owner, messages.text("goal.delete.header", goal.title()),
                messages.text("goal.delete.detail", linkedNotes), messages.text("goal.delete.confirm"), "confirmDeleteGoal");
    }
}
