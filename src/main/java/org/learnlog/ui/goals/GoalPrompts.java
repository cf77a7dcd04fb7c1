package org.learnlog.ui.goals;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.learnlog.model.Goal;
import org.learnlog.ui.Messages;

/** The questions a goal asks before a big step: mark it achieved? delete it, and unlink its notes? */
public final class GoalPrompts {
    private final Messages messages;

    public GoalPrompts(Messages messages) {
        this.messages = messages;
    }

    /** Asked when a check-in first reaches the target. */
    public boolean markAchieved(Window owner, Goal goal) {
        return confirm(owner, "goal.reached.title", messages.text("goal.reached.header", goal.title()),
                messages.text("goal.reached.detail"), "goal.reached.confirm", "markAchieved");
    }

    boolean delete(Window owner, Goal goal, int linkedNotes) {
        return confirm(owner, "goal.delete.title", messages.text("goal.delete.header", goal.title()),
                messages.text("goal.delete.detail", linkedNotes), "goal.delete.confirm", "confirmDeleteGoal");
    }

    private boolean confirm(Window owner, String titleKey, String header, String detail, String confirmKey, String id) {
        ButtonType yes = new ButtonType(messages.text(confirmKey), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.text(titleKey));
        alert.setHeaderText(header);
        alert.getDialogPane().lookupButton(yes).setId(id);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
