package org.learnlog.service.formats;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnlog.model.Tags;

/** What every importer needs: stable ids, dates from text, and tags made safe. */
final class ImportedFields {
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NOT_IN_TAGS = Pattern.compile("[\\s,#+\"'`\\\\\\p{Cntrl}]+");

    private ImportedFields() {
    }

    /** An id derived from the format and the path, so importing the same folder again finds its notes. */
    static UUID id(String format, String relative) {
        return UUID.nameUUIDFromBytes((format + ":" + relative).getBytes(StandardCharsets.UTF_8));
    }

    /** A day written as 2024-03-01 (with anything after it, such as a time), if the text starts with one. */
    static Optional<LocalDate> day(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip().substring(0, 10)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The day a file name such as 2024-03-01.md or 2024-03-01 standup.md names. */
    static Optional<LocalDate> dayInName(String fileName) {
        Matcher dated = DATED_NAME.matcher(fileName);
        return dated.find() ? day(dated.group(1)) : Optional.empty();
    }

    /** A time such as 2024-03-01T09:40:00Z, 2024-03-01 09:40:00Z or 2024-03-01 09:40 (read in {@code zone}). */
    static Optional<Instant> time(String text, ZoneId zone) {
        String value = text == null ? "" : text.strip().replace(' ', 'T');
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value).truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            // Not an instant with a zone; try a local date and time, then a bare day.
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return day(value).map(day -> day.atStartOfDay(zone).toInstant());
        }
    }

    /** A tag as another tool wrote it, made into one Learnlog accepts, or empty if nothing is left. */
    static Optional<String> tag(String raw) {
        String cleaned = NOT_IN_TAGS.matcher(raw.strip().replaceFirst("^[#@]+", "")).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cleaned.length() > Tags.MAX_LENGTH ? cleaned.substring(0, Tags.MAX_LENGTH) : cleaned);
    }
}
