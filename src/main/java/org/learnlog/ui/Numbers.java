package org.learnlog.ui;

import java.util.OptionalDouble;

/** Reads a number as people type it: surrounding spaces and a decimal comma are fine. */
public final class Numbers {

    private Numbers() {
    }

    public static OptionalDouble parse(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
