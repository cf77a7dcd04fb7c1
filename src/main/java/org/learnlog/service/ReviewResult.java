package org.learnlog.service;

import java.util.Optional;
import org.learnlog.model.Review;

/** A saved review and, when a value was given, the check-in saved with it. */
public record ReviewResult(Review review, Optional<CheckInResult> checkIn) {
}
