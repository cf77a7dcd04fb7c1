package org.learnlog.ui;

import java.time.format.DateTimeFormatter;

/** Dates shown one way across the app, as the list and the date fields show them: 2026-12-06, 2026-12-06 10:42. */
public final class Dates {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    public static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {
    }
}
