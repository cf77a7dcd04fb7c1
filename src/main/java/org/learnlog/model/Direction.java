package org.learnlog.model;

/** Which way a goal's metric moves when the worker gets better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
