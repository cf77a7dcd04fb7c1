package org.learnlog.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnlog.model.WindowPlace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The main window comes back where it was, if that is on a screen, and otherwise fits the screen. */
class WindowPlacerTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFirstWindowFitsTheScreenAndAKeptPlaceComesBackWithItsDividers() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlace[] kept = new WindowPlace[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            SplitPane split = new SplitPane(new Label("a"), new Label("b"));
            stage.setScene(new Scene(split, 2000, 1500));
            WindowPlacer.apply(stage, Optional.empty(), List.of(split));
            assertTrue(stage.getWidth() <= screen.getWidth() * 0.9 + 1, "width " + stage.getWidth());
            assertTrue(stage.getHeight() <= screen.getHeight() * 0.9 + 1, "height " + stage.getHeight());

            WindowPlace place = new WindowPlace(screen.getMinX() + 5, screen.getMinY() + 5, 400, 300, false,
                    List.of(0.25));
            WindowPlacer.apply(stage, Optional.of(place), List.of(split));
            kept[0] = WindowPlacer.capture(stage, List.of(split));
        });
        assertEquals(400, kept[0].width());
        assertEquals(300, kept[0].height());
        assertEquals(0.25, kept[0].dividers().get(0), 1e-9);
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsIgnored() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] x = new double[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Label("a"), 300, 200));
            WindowPlacer.apply(stage, Optional.of(new WindowPlace(screen.getMaxX() + 3000, 0, 400, 300, false,
                    List.of())), List.of());
            x[0] = stage.getX();
        });
        assertTrue(x[0] < screen.getMaxX(), "on the screen: " + x[0]);
    }
}
