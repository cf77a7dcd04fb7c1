package org.learnlog.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * Builds a screen the first time the window goes there, so start-up pays only for the notes: the
 * charts of Goals, a goal and Review cost about a second of class loading that most starts never need.
 */
public final class LazyScreens {
    private final StackPane stack;
    private final Map<Place.Screen, Supplier<Node>> builders;
    private final Map<Place.Screen, Node> built = new EnumMap<>(Place.Screen.class);

    /** {@code builders} make each screen's root; each screen shows itself while the place is its own. */
    public LazyScreens(StackPane stack, Map<Place.Screen, Supplier<Node>> builders) {
        this.stack = stack;
        this.builders = Map.copyOf(builders);
    }

    public void install(Navigation navigation) {
        navigation.placeProperty().addListener((observable, old, place) -> ensureBuilt(place.screen()));
        ensureBuilt(navigation.place().screen());
    }

    private void ensureBuilt(Place.Screen screen) {
        Supplier<Node> builder = builders.get(screen);
        if (builder != null && !built.containsKey(screen)) {
            Node root = builder.get();
            // In a scroll pane, so a short window scrolls the screen instead of squeezing the tool bar;
            // out of the layout while hidden, so a tall screen never crowds the one on view.
            ScrollPane scroll = new ScrollPane(root);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add("screen-scroll");
            scroll.visibleProperty().bind(root.visibleProperty());
            scroll.managedProperty().bind(root.visibleProperty());
            built.put(screen, scroll);
            stack.getChildren().add(scroll);
        }
    }
}
