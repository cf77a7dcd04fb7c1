package org.learnlog.model;

import java.util.Locale;
import java.util.Optional;

/** What sort of learning a note records. The slug is what export files and the CLI use. */
public enum NoteKind {
    INSIGHT("insight"),
    HOW_TO("how-to"),
    MISTAKE("mistake"),
    QUESTION("question"),
    RESOURCE("resource");

    private final String slug;

    NoteKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<NoteKind> fromSlug(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (NoteKind kind : values()) {
            if (kind.slug.equals(wanted) || kind.name().equalsIgnoreCase(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
