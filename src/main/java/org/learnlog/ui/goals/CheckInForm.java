package org.learnlog.ui.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the check-in dialog collects: the day, the value, a comment and the evidence notes. */
public record CheckInForm(LocalDate date, double value, String comment, List<UUID> evidence) {
}
