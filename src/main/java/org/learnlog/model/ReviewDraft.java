package org.learnlog.model;

import java.util.OptionalDouble;

/** What the review page collects: an optional new value of the metric and the three answers. */
public record ReviewDraft(OptionalDouble value, String moved, String obstacles, String nextTry) {

    public ReviewDraft {
        value = value == null ? OptionalDouble.empty() : value;
        moved = moved == null ? "" : moved.strip();
        obstacles = obstacles == null ? "" : obstacles.strip();
        nextTry = nextTry == null ? "" : nextTry.strip();
    }
}
