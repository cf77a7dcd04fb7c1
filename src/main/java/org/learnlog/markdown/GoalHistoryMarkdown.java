package org.learnlog.markdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Review;

/**
 * A goal's check-ins and reviews as Markdown files, one each, so a journal export carries a goal's
 * whole history: the numbers and ids in front matter, a check-in's comment as the body, a review's
 * answers as fields (they may span lines).
 */
public final class GoalHistoryMarkdown {
    public static final String CHECK_IN = "check-in";
    public static final String REVIEW = "review";
    private static final List<String> LIST_KEYS = List.of("evidence");

    private GoalHistoryMarkdown() {
    }

    public static String write(CheckIn checkIn, String goalSlug) {
        Map<String, List<String>> fields = head(CHECK_IN, checkIn.id(), checkIn.goalId(), goalSlug, checkIn.date());
        fields.put("value", List.of(Double.toString(checkIn.value())));
        fields.put("evidence", checkIn.evidence().stream().map(UUID::toString).toList());
        fields.put("created", List.of(checkIn.created().toString()));
        return new FrontMatter(fields, checkIn.comment()).write(LIST_KEYS);
    }

    public static String write(Review review, String goalSlug) {
        Map<String, List<String>> fields = head(REVIEW, review.id(), review.goalId(), goalSlug, review.date());
        fields.put("check_in", List.of(review.checkInId().map(UUID::toString).orElse("")));
        fields.put("moved", List.of(review.moved()));
        fields.put("obstacles", List.of(review.obstacles()));
        fields.put("next_try", List.of(review.nextTry()));
        fields.put("created", List.of(review.created().toString()));
        return new FrontMatter(fields, "").write(LIST_KEYS);
    }

    /** The file's type, "check-in" or "review", or empty when it is neither. */
    public static String type(String document) {
        return FrontMatter.read(document).scalar("type");
    }

    public static CheckIn readCheckIn(String document) {
        FrontMatter matter = FrontMatter.read(document);
        return new CheckIn(field(matter, "id", UUID::fromString), field(matter, "goal_id", UUID::fromString),
                field(matter, "date", LocalDate::parse), field(matter, "value", Double::parseDouble), matter.body(),
                matter.list("evidence").stream().map(UUID::fromString).toList(),
                field(matter, "created", Instant::parse));
    }

    public static Review readReview(String document) {
        FrontMatter matter = FrontMatter.read(document);
        String checkIn = matter.scalar("check_in");
        return new Review(field(matter, "id", UUID::fromString), field(matter, "goal_id", UUID::fromString),
                field(matter, "date", LocalDate::parse),
                checkIn.isEmpty() ? Optional.empty() : Optional.of(field(matter, "check_in", UUID::fromString)),
                matter.scalar("moved"), matter.scalar("obstacles"), matter.scalar("next_try"),
                field(matter, "created", Instant::parse));
    }

    private static Map<String, List<String>> head(String type, UUID id, UUID goalId, String goalSlug, LocalDate date) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("type", List.of(type));
        fields.put("id", List.of(id.toString()));
        fields.put("goal", List.of(goalSlug));
        fields.put("goal_id", List.of(goalId.toString()));
        fields.put("date", List.of(date.toString()));
        return fields;
    }

    private static <T> T field(FrontMatter matter, String key, Function<String, T> parser) {
        return FrontMatterFields.parse(matter, key, parser);
    }
}
