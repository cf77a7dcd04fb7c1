package org.learnlog.model;

import java.util.List;

/** A learning due for another look: the note, the active goals it is evidence for, and how often it was found still useful. */
public record Resurfaced(NoteSummary note, List<String> goals, int looks) {
    public Resurfaced {
        goals = List.copyOf(goals);
    }
}
