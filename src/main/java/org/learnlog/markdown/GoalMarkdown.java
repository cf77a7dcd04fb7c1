package org.learnlog.markdown;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.learnlog.model.Cadence;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;

/** A goal as a Markdown file: its numbers in front matter, its "why" as the body. */
public final class GoalMarkdown {

    private GoalMarkdown() {
    }

    public static String write(Goal goal) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of(goal.id().toString()));
        fields.put("slug", List.of(goal.slug()));
        fields.put("title", List.of(goal.title()));
        fields.put("metric", List.of(goal.metric()));
        fields.put("unit", List.of(goal.unit()));
        fields.put("direction", List.of(name(goal.direction())));
        fields.put("baseline", List.of(Double.toString(goal.baseline())));
        fields.put("baseline_date", List.of(goal.baselineDate().toString()));
        fields.put("target", List.of(Double.toString(goal.target())));
        fields.put("due", List.of(goal.due().toString()));
        fields.put("status", List.of(name(goal.status())));
        fields.put("status_changed", List.of(goal.statusChanged() == null ? "" : goal.statusChanged().toString()));
        fields.put("cadence", List.of(name(goal.cadence())));
        fields.put("created", List.of(goal.created().toString()));
        return new FrontMatter(fields, goal.why()).write(List.of());
    }

    /** Reads what {@link #write} wrote; a missing or malformed field is an error that names it. */
    public static Goal read(String document) {
        FrontMatter matter = FrontMatter.read(document);
        if (matter.fields().isEmpty()) {
            throw new IllegalArgumentException("The file has no front matter, so it is not a Learnlog goal.");
        }
        String statusChanged = matter.scalar("status_changed");
        return new Goal(field(matter, "id", UUID::fromString), field(matter, "slug", s -> s),
                field(matter, "title", s -> s), matter.body(), matter.scalar("metric"), matter.scalar("unit"),
                field(matter, "direction", s -> Direction.valueOf(constant(s))),
                field(matter, "baseline", Double::parseDouble), field(matter, "baseline_date", LocalDate::parse),
                field(matter, "target", Double::parseDouble), field(matter, "due", LocalDate::parse),
                field(matter, "status", s -> GoalStatus.valueOf(constant(s))),
                statusChanged.isEmpty() ? null : field(matter, "status_changed", LocalDate::parse),
                field(matter, "cadence", s -> Cadence.valueOf(constant(s))), field(matter, "created", Instant::parse));
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String constant(String name) {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static <T> T field(FrontMatter matter, String key, Function<String, T> parser) {
        return FrontMatterFields.parse(matter, key, parser);
    }
}
