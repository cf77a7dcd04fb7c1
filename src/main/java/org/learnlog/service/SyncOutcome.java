package org.learnlog.service;

/** How a sync or a publish ended. */
public enum SyncOutcome {
    /** Nothing of the user's waited; the library's files are the remote's. */
    UP_TO_DATE,
    /** The user's changes reached the remote. */
    PUBLISHED,
    /** The user's changes are committed here and go out with the next sync ("waiting to publish"). */
    WAITING
}
