package org.learnlog.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Makes FXML controllers from the constructors it was given, and refuses any it does not know: the one
 * place a controller is made, so each gets exactly what its feature wired for it.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> constructors;

    private ControllerFactory(Map<Class<?>, Supplier<?>> constructors) {
        this.constructors = Map.copyOf(constructors);
    }

    /** A factory for the one controller of a window or dialog. */
    public static <C> ControllerFactory of(Class<C> type, Supplier<C> constructor) {
        return new ControllerFactory(Map.of(type, constructor));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> constructor = constructors.get(type);
        if (constructor == null) {
            throw new IllegalArgumentException("unknown controller: " + type.getName());
        }
        return constructor.get();
    }

    /** Collects the controllers of a window whose FXML includes the views of several features. */
    public static final class Builder {
        private final Map<Class<?>, Supplier<?>> constructors = new HashMap<>();

        public <C> Builder add(Class<C> type, Supplier<C> constructor) {
            if (constructors.putIfAbsent(type, constructor) != null) {
                throw new IllegalArgumentException("controller registered twice: " + type.getName());
            }
            return this;
        }

        public ControllerFactory build() {
            return new ControllerFactory(constructors);
        }
    }
}
