package org.learnlog.model;

/** How a goal's numbers read: 20 rather than 20.0, 12.5 as it is. */
public final class MetricValues {

    private MetricValues() {
    }

    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
