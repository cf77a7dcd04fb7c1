package org.learnlog.app;

import javafx.animation.PauseTransition;
import javafx.application.Preloader;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.learnlog.ui.Messages;

/**
 * Says that the journal is opening when that takes more than a moment: the first start of a new
 * version brings the journal's file up to date, which takes some 20 seconds with 100,000 notes, and
 * without this nothing would be on screen meanwhile. A quick start never shows it.
 */
public final class OpeningNotice extends Preloader {
    private static final Duration PATIENCE = Duration.seconds(1.5);

    private final PauseTransition wait;
    private Stage stage;

    /** The one the launcher makes. */
    public OpeningNotice() {
        this(PATIENCE);
    }

    OpeningNotice(Duration patience) {
        wait = new PauseTransition(patience);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.load();
        ProgressBar working = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        working.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(12, new Label(messages.text("app.opening")), working);
        content.setPadding(new Insets(24));
        content.setPrefWidth(360);
        stage.setScene(new Scene(content));
        stage.setTitle(messages.text("app.title"));
        stage.getIcons().add(DesktopApp.icon());
        stage.setResizable(false);
        wait.setOnFinished(event -> stage.show());
        wait.play();
    }

    /** The app's own window takes over as soon as the journal is open. */
    @Override
    public void handleStateChangeNotification(StateChangeNotification change) {
        if (change.getType() == StateChangeNotification.Type.BEFORE_START) {
            wait.stop();
            stage.hide();
        }
    }
}
