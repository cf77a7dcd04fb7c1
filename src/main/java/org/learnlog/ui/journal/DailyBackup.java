package org.learnlog.ui.journal;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.learnlog.service.Backups;
import org.learnlog.ui.Background;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;

/**
 * Takes the day's backup at start, and checks every hour while the window is open, so a journal kept
 * open for days still gets one a day. The backup runs beside the saves, never in front of them.
 */
public final class DailyBackup {
    private final Backups backups;
    private final Background background;
    private final StatusLine status;
    private final Messages messages;
    private final Timeline hourly = new Timeline(new KeyFrame(Duration.hours(1), event -> check()));

    public DailyBackup(Backups backups, Background background, StatusLine status, Messages messages) {
        this.backups = backups;
        this.background = background;
        this.status = status;
        this.messages = messages;
        hourly.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        check();
        hourly.play();
    }

    public void stop() {
        hourly.stop();
    }

    private void check() {
        background.read(backups::takeIfDue)
                .onSuccess(taken -> taken.ifPresent(backup -> status.report(messages.text("backup.done", backup.notes()))))
                .onError(failure -> status.failed("action.backup", failure));
    }
}
