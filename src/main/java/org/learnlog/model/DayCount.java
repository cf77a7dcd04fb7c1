package org.learnlog.model;

import java.time.LocalDate;

/** How many notes are dated one day. */
public record DayCount(LocalDate day, int count) {
}
