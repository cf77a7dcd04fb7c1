package org.learnlog.ui.journal;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.learnlog.model.WindowPlace;

/**
 * Puts the main window where it was, if that is still on a screen; otherwise sizes the first window to
 * fit the screen, at most nine tenths of it. And reads where the window is, to keep for the next start.
 */
public final class WindowPlacer {
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 760;
    private static final double SHARE = 0.9;

    private WindowPlacer() {
    }

    public static void apply(Stage stage, Optional<WindowPlace> place, List<SplitPane> splits) {
        Optional<WindowPlace> onScreen = place.filter(WindowPlacer::visible);
        if (onScreen.isPresent()) {
            WindowPlace at = onScreen.get();
            stage.setX(at.x());
            stage.setY(at.y());
            stage.setWidth(at.width());
            stage.setHeight(at.height());
            stage.setMaximized(at.maximized());
            for (int i = 0; i < Math.min(splits.size(), at.dividers().size()); i++) {
                splits.get(i).setDividerPositions(at.dividers().get(i));
            }
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth() * SHARE);
        double height = Math.min(HEIGHT, screen.getHeight() * SHARE);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    public static WindowPlace capture(Stage stage, List<SplitPane> splits) {
        List<Double> dividers = splits.stream().map(split -> split.getDividerPositions()[0]).toList();
        return new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                dividers);
    }

    /** Whether most of the window's title bar would be on one of today's screens. */
    private static boolean visible(WindowPlace place) {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).anyMatch(screen ->
                screen.contains(place.x() + Math.min(place.width(), 200) / 2, place.y() + 10)
                        && place.width() <= screen.getWidth() * 1.05 && place.height() <= screen.getHeight() * 1.05);
    }
}
