package org.learnlog.app;

import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/** Makes FXML controllers from the constructors it was given, and refuses any it does not know. */
final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> constructors;

    ControllerFactory(Map<Class<?>, Supplier<?>> constructors) {
        this.constructors = Map.copyOf(constructors);
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> constructor = constructors.get(type);
        if (constructor == null) {
            throw new IllegalArgumentException("unknown controller: " + type.getName());
        }
        return constructor.get();
    }
}
