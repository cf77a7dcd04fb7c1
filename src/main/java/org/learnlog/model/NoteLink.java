package org.learnlog.model;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link in a note's body goes: a note by its id, written {@code [label](note:<id>)}, so a
 * renamed note keeps its links; or, for {@code [[A title]]} that names no note yet, only a title.
 * Exactly one of {@code id} and {@code title} is set. See docs/decisions/0017-links-between-notes.md.
 */
public record NoteLink(UUID id, String title) {
    /** The scheme of a link to a note in the journal. */
    public static final String SCHEME = "note:";
    private static final Pattern IN_BODY = Pattern.compile(
            "\\]\\(note:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})[#)]");
    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public NoteLink {
        if ((id == null) == (title == null)) {
            throw new IllegalArgumentException("A link goes to a note's id or to a title, not both or neither");
        }
    }

    public static NoteLink to(UUID id) {
        return new NoteLink(id, null);
    }

    public static NoteLink toTitle(String title) {
        return new NoteLink(null, title);
    }

    /** The note a link's address names, if it is a {@code note:} address. */
    public static Optional<UUID> idIn(String address) {
        if (address == null || !address.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String rest = address.substring(SCHEME.length());
        int fragment = rest.indexOf('#');
        String id = fragment < 0 ? rest : rest.substring(0, fragment);
        return ID.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }

    /** The Markdown for a link to note {@code id} that reads {@code label}. */
    public static String markdown(String label, UUID id) {
        return "[" + escapeLabel(label) + "](" + SCHEME + id + ")";
    }

    /** A label with the characters that would end or start a link's text escaped. */
    public static String escapeLabel(String label) {
        return label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /**
     * The ids of the notes a body links to, in order of first mention. A plain scan, not a Markdown
     * parse, because the store keeps them on every save: a link written inside code counts too.
     */
    public static Set<UUID> targets(String body) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (body == null || !body.contains("](" + SCHEME)) {
            return ids;
        }
        Matcher found = IN_BODY.matcher(body);
        while (found.find()) {
            ids.add(UUID.fromString(found.group(1)));
        }
        return ids;
    }
}
