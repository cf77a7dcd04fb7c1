package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.application.Preloader.StateChangeNotification;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The notice shown while the journal opens slowly: it comes only after its patience, and goes when the app starts. */
class OpeningNoticeTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Stage started(OpeningNotice notice) throws Exception {
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            notice.start(stage[0]);
        }).get(10, TimeUnit.SECONDS);
        return stage[0];
    }

    private static void appStarts(OpeningNotice notice) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> notice.handleStateChangeNotification(
                new StateChangeNotification(StateChangeNotification.Type.BEFORE_START))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSlowOpeningIsShownUntilTheAppStarts() throws Exception {
        OpeningNotice notice = new OpeningNotice(Duration.millis(1));
        Stage stage = started(notice);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        assertEquals("Opening your journal…", ((Label) stage.getScene().lookup(".label")).getText());

        appStarts(notice);
        assertFalse(stage.isShowing());
    }

    @Test
    void anAppThatStartsBeforeThePatienceRunsOutNeverShowsIt() throws Exception {
        OpeningNotice notice = new OpeningNotice(Duration.millis(1));
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            notice.start(stage[0]);
            // In the same turn of the FX thread, so the notice's wait has not run out yet.
            notice.handleStateChangeNotification(new StateChangeNotification(StateChangeNotification.Type.BEFORE_START));
        }).get(10, TimeUnit.SECONDS);

        // A wait played now runs out no earlier than the notice's would have.
        AtomicBoolean later = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            PauseTransition after = new PauseTransition(Duration.millis(1));
            after.setOnFinished(event -> later.set(true));
            after.play();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, later::get);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage[0].isShowing());
    }
}
