package org.learnlog.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.TagCount;
import org.learnlog.model.Tags;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.TagRepository;

/**
 * Renaming a tag in every note that carries it, and the tags nested under it ({@code java/concurrency}
 * goes with {@code java}); into a tag that exists, it is a merge. The notes change in one transaction: all,
 * or none.
 */
public final class TagRenames {
    private final NoteRepository notes;
    private final TagRepository tags;

    public TagRenames(NoteRepository notes, TagRepository tags) {
        this.notes = notes;
        this.tags = tags;
    }

    /** What a rename did: the tag it became, the notes it changed, and whether it merged into a tag there already. */
    public record Renamed(String tag, List<UUID> notes, boolean merged) {
        public Renamed {
            notes = List.copyOf(notes);
        }
    }

    /** Whether {@code to} is a tag the notes carry already, other than {@code from}: renaming into it merges the two. */
    public boolean merges(String from, String to) {
        return merges(Tags.key(normalized(from)), Tags.key(normalized(to)), tags.inUse());
    }

    private static boolean merges(String fromKey, String toKey, List<TagCount> inUse) {
        return !fromKey.equals(toKey) && inUse.stream().anyMatch(tag -> Tags.key(tag.name()).equals(toKey));
    }

    /**
     * Renames {@code from} to {@code to} in every note, and each tag under it alike.
     * @throws NotFoundException if no note carries {@code from}
     * @throws InvalidInputException if {@code to} is not a tag's name, or is {@code from} itself or under it
     */
    public Renamed rename(String from, String to) {
        String old = normalized(from);
        String renamed = normalized(to);
        String oldKey = Tags.key(old);
        if (Tags.key(renamed).startsWith(oldKey + "/")) {
            throw new InvalidInputException("A tag can't go under itself: " + renamed + " is inside " + old + ".");
        }
        List<TagCount> inUse = tags.inUse();
        if (Tags.key(renamed).equals(oldKey) && inUse.stream().anyMatch(tag -> tag.name().equals(renamed))) {
            throw new InvalidInputException("The tag is called " + renamed + " already.");
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (TagCount tag : inUse) {
            String key = Tags.key(tag.name());
            if (key.equals(oldKey) || key.startsWith(oldKey + "/")) {
                renames.put(key, renamed + tag.name().substring(oldKey.length()));
            }
        }
        if (renames.isEmpty()) {
            throw new NotFoundException("No note is tagged " + old + ". `learnlog tags` lists the tags.");
        }
        boolean merged = merges(oldKey, Tags.key(renamed), inUse);
        if (oldKey.equals(Tags.key(renamed))) {
            // Only the capitals change: the tag rows keep their ids and take the new spelling.
            renames.values().forEach(tags::respell);
        }
        Map<UUID, Note> changed = new LinkedHashMap<>();
        for (String key : renames.keySet()) {
            for (Note note : notes.load(NoteFilter.tag(key), Notes.NO_LIMIT)) {
                Note current = changed.getOrDefault(note.id(), note);
                changed.put(note.id(), current.withTags(renamedTags(current.tags(), renames)));
            }
        }
        notes.saveAll(new ArrayList<>(changed.values()));
        return new Renamed(renamed, new ArrayList<>(changed.keySet()), merged);
    }

    private static List<String> renamedTags(List<String> carried, Map<String, String> renames) {
        List<String> out = new ArrayList<>();
        carried.forEach(tag -> out.add(renames.getOrDefault(Tags.key(tag), tag)));
        return Tags.normalizeAll(out);
    }

    private static String normalized(String tag) {
        try {
            return Tags.normalize(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
