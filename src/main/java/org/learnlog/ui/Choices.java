package org.learnlog.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Names for the values of a choice box, which are chosen and never typed. */
public final class Choices {

    private Choices() {
    }

    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        };
    }
}
