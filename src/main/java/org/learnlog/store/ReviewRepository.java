package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Review;

/** Goal reviews. Each public method is one transaction. */
public final class ReviewRepository {
    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    /** Saves the review and the check-in made with it together: both are kept, or neither. */
    public void insert(Review review, Optional<CheckIn> checkIn) {
        database.write(connection -> {
            if (checkIn.isPresent()) {
                CheckInRepository.insert(connection, checkIn.get());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review (id, goal_id, review_date, "
                    + "check_in_id, moved, obstacles, next_try, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, review.id());
                insert.setObject(2, review.goalId());
                insert.setObject(3, review.date());
                insert.setObject(4, review.checkInId().orElse(null));
                insert.setString(5, review.moved());
                insert.setString(6, review.obstacles());
                insert.setString(7, review.nextTry());
                Columns.setInstant(insert, 8, review.created());
                return insert.executeUpdate();
            }
        });
    }

    /** A goal's reviews, newest first. */
    public List<Review> forGoal(UUID goalId) {
        return select("WHERE goal_id = ? ORDER BY review_date DESC, created_at DESC", goalId);
    }

    public Optional<Review> find(UUID id) {
        return select("WHERE id = ?", id).stream().findFirst();
    }

    /** Every review of every goal, oldest first. */
    public List<Review> all() {
        return select("ORDER BY review_date, created_at", null);
    }

    private List<Review> select(String where, UUID parameter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, goal_id, review_date, check_in_id, "
                    + "moved, obstacles, next_try, created_at FROM review " + where)) {
                if (parameter != null) {
                    select.setObject(1, parameter);
                }
                List<Review> reviews = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reviews.add(new Review(rows.getObject("id", UUID.class), rows.getObject("goal_id", UUID.class),
                                rows.getObject("review_date", LocalDate.class),
                                Optional.ofNullable(rows.getObject("check_in_id", UUID.class)), rows.getString("moved"),
                                rows.getString("obstacles"), rows.getString("next_try"),
                                Columns.getInstant(rows, "created_at")));
                    }
                }
                return reviews;
            }
        });
    }

    /** The day of each goal's latest review; goals never reviewed are absent. */
    public Map<UUID, LocalDate> lastReviewDays() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT goal_id, MAX(review_date) FROM review GROUP BY goal_id");
                 ResultSet rows = select.executeQuery()) {
                Map<UUID, LocalDate> days = new HashMap<>();
                while (rows.next()) {
                    days.put(rows.getObject(1, UUID.class), rows.getObject(2, LocalDate.class));
                }
                return days;
            }
        });
    }
}
