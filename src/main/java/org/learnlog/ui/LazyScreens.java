package org.learnlog.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
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
            built.put(screen, root);
            stack.getChildren().add(root);
        }
    }
}
