package org.learnlog.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file kept in the journal for its notes: named by its content ({@code id}, the first 20 hex digits
 * of its SHA-256), with the name it came with. A note refers to it as {@code attachment:<id>}: an image
 * as {@code ![name](attachment:<id>)}, any other file as {@code [name](attachment:<id>)}.
 */
public record Attachment(String id, String name, String mediaType, long size, Instant added) {
    public static final String SCHEME = "attachment:";
    /** The largest file a note may carry. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The kinds of image the preview can draw; other files are links. */
    public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{20}");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(added, "added");
    }

    public boolean isImage() {
        return IMAGES.contains(mediaType);
    }

    /** How a note refers to it. */
    public String markdown() {
        return (isImage() ? "!" : "") + "[" + NoteLink.escapeLabel(name) + "](" + SCHEME + id + ")";
    }

    /**
     * The file name an export gives it: its name with the start of its id, so two files of one name stay
     * apart; a Markdown file gets ".txt" after it, so an import does not take it for a note.
     */
    public String fileName() {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String safe = extension.toLowerCase(Locale.ROOT).matches("\\.(md|markdown)") ? extension + ".txt" : extension;
        return stem + "-" + id.substring(0, 8) + safe;
    }

    /** The name a file exported as {@link #fileName()} came with, if {@code fileName} is one for content {@code id}. */
    public static String nameIn(String fileName, String id) {
        String tag = "-" + id.substring(0, 8);
        String name = fileName.replaceFirst("(?i)(\\.(md|markdown))\\.txt$", "$1");
        int at = name.lastIndexOf(tag);
        boolean exported = at > 0 && (at + tag.length() == name.length() || name.charAt(at + tag.length()) == '.')
                && name.indexOf('.', at + tag.length() + 1) < 0;
        return exported ? name.substring(0, at) + name.substring(at + tag.length()) : fileName;
    }

    /** The attachment an address names, if it is an {@code attachment:} address. */
    public static Optional<String> idIn(String address) {
        if (address == null || !address.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String id = address.substring(SCHEME.length()).toLowerCase(Locale.ROOT);
        return ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
