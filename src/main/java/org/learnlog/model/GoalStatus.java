package org.learnlog.model;

public enum GoalStatus {
    ACTIVE,
    ACHIEVED,
    DROPPED
}
