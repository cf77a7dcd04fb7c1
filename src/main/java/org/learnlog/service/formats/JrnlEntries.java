package org.learnlog.service.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * Reads the file that {@code jrnl --export json} writes: each entry's date, time, title, body and
 * tags ({@code @work} becomes {@code work}) become a note.
 */
public final class JrnlEntries {
    private final ZoneId zone;

    public JrnlEntries(ZoneId zone) {
        this.zone = zone;
    }

    /** One note per entry; a file that is not jrnl's JSON is an error that says why. */
    public List<Note> read(String fileName, String json) {
        if (!(parse(json) instanceof Map<?, ?> root) || !(root.get("entries") instanceof List<?> entries)) {
            throw new IllegalArgumentException("The file is not a jrnl JSON export (it has no \"entries\" list).");
        }
        List<Note> notes = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            if (!(entries.get(index) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException("Entry " + (index + 1) + " is not an object.");
            }
            notes.add(note(fileName, index, entry));
        }
        return notes;
    }

    private Note note(String fileName, int index, Map<?, ?> entry) {
        String dateText = text(entry, "date");
        LocalDate date;
        LocalTime time;
        try {
            date = LocalDate.parse(dateText);
            time = text(entry, "time").isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(text(entry, "time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Entry " + (index + 1) + " has no valid date and time: \"" + dateText
                    + " " + text(entry, "time") + "\".", e);
        }
        Instant when = date.atTime(time).atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS);
        String title = text(entry, "title").isBlank() ? "Untitled" : text(entry, "title");
        List<String> tags = new ArrayList<>();
        if (entry.get("tags") instanceof List<?> list) {
            list.forEach(tag -> ImportedFields.tag(String.valueOf(tag)).ifPresent(tags::add));
        }
        String source = fileName + "#" + date + "T" + time + " " + title;
        UUID id = UUID.nameUUIDFromBytes(("jrnl:" + source).getBytes(StandardCharsets.UTF_8));
        return new Note(id, title, text(entry, "body").strip(), date, NoteKind.INSIGHT, "", tags, List.of(), when, when,
                source);
    }

    /** The JSON as maps, lists and plain values; malformed JSON is an error that says where. */
    private static Object parse(String json) {
        try {
            return JSON.std.anyFrom(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("The file is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": " + e.getOriginalMessage() + ")") + ".", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        return value == null ? "" : String.valueOf(value);
    }
}
