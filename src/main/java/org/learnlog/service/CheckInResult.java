package org.learnlog.service;

import org.learnlog.model.CheckIn;
import org.learnlog.model.GoalProgress;

/**
 * A saved check-in and where its goal now stands. {@code reachedTarget} is true when this check-in
 * is the first to reach the target of a goal still active: the moment to ask "mark it achieved?".
 */
public record CheckInResult(CheckIn checkIn, GoalProgress progress, boolean reachedTarget) {
}
