package org.learnlog.model;

/** A goal and how many notes link to it. */
public record GoalCount(String slug, String title, int count) {
}
