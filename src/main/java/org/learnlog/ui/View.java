package org.learnlog.ui;

/** Every window, screen and dialog of the app, and the FXML file it is built from. */
public enum View {
    MAIN_WINDOW("journal/MainWindow.fxml"),
    GOALS("goals/Goals.fxml"),
    GOAL_DETAIL("goals/GoalDetail.fxml"),
    REVIEW("review/Review.fxml"),
    LIBRARY("library/Library.fxml"),
    MERGE_DIALOG("library/MergeDialog.fxml"),
    GOAL_DIALOG("goals/GoalDialog.fxml"),
    CHECK_IN_DIALOG("goals/CheckInDialog.fxml"),
    AID_EDITOR("aids/AidEditor.fxml"),
    HISTORY("history/History.fxml"),
    TRASH("trash/Trash.fxml"),
    BACKUPS("backup/Backups.fxml"),
    PREFERENCES("settings/Preferences.fxml"),
    PASSPHRASE("settings/Passphrase.fxml"),
    NEW_PASSPHRASE("settings/NewPassphrase.fxml"),
    OPENING("settings/Opening.fxml");

    private final String fxml;

    View(String fxml) {
        this.fxml = fxml;
    }

    /** Where the FXML lies on the classpath. */
    public String path() {
        return "/org/learnlog/ui/" + fxml;
    }
}
