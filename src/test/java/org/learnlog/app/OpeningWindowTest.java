package org.learnlog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The notice shown while the journal opens slowly: it comes only after its patience, and goes when the app starts. */
class OpeningWindowTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static OpeningWindow opening(Duration patience) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new OpeningWindow(patience)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSlowOpeningIsShownUntilTheAppStarts() throws Exception {
        OpeningWindow notice = opening(Duration.millis(1));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice.stage() != null && notice.stage().isShowing());
        assertEquals("Opening your journal…", ((Label) notice.stage().getScene().lookup(".label")).getText());

        WaitForAsyncUtils.asyncFx(notice::close).get(10, TimeUnit.SECONDS);
        assertFalse(notice.stage().isShowing());
    }

    @Test
    void anAppThatStartsBeforeThePatienceRunsOutNeverShowsIt() throws Exception {
        OpeningWindow[] notice = new OpeningWindow[1];
        WaitForAsyncUtils.asyncFx(() -> {
            notice[0] = new OpeningWindow(Duration.millis(1));
            // In the same turn of the FX thread, so the notice's wait has not run out yet.
            notice[0].close();
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
        assertNull(notice[0].stage(), "never built, never shown");
    }
}
