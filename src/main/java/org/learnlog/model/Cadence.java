package org.learnlog.model;

/** How often a goal asks to be reviewed. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY
}
