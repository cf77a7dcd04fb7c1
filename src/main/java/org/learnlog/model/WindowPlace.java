package org.learnlog.model;

import java.util.List;

/**
 * Where the main window was when it closed: its bounds, whether it was maximized, and its split panes'
 * divider positions (the sidebar's, the list's), so the next start puts it back.
 */
public record WindowPlace(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    public WindowPlace {
        dividers = List.copyOf(dividers);
    }

    /** Whether the numbers can be a window at all: finite, of some size, dividers between 0 and 1. */
    public boolean sane() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 200 && height >= 150 && width < 100_000
                && height < 100_000 && dividers.stream().allMatch(d -> d > 0 && d < 1);
    }
}
