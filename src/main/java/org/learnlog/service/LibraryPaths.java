package org.learnlog.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.learnlog.model.LibraryItem;
import org.learnlog.model.Signatures;

/**
 * Where things go in a library: {@code aids/<slug>.md}, {@code notes/<topic>/<slug>.md} (the topic is the
 * first tag, or "general"), {@code feedback/<id>/<author>.md}, and a conflict's copy beside its item.
 */
final class LibraryPaths {
    static final String README = "README.md";
    static final String MARKER = ".learnlog-library";
    static final String AIDS = "aids/";
    static final String NOTES = "notes/";
    static final String FEEDBACK = "feedback/";
    private static final int MAX_SLUG = 60;

    private LibraryPaths() {
    }

    /** The file {@code item} goes in; {@code taken} says whether another item has that name already. */
    static String of(LibraryItem item, Predicate<String> taken) {
        String folder = item.aid() ? AIDS : NOTES + topic(item) + "/";
        String path = folder + slug(item.title(), "item") + ".md";
        return taken.test(path) ? folder + slug(item.title(), "item") + "-" + item.id().toString().substring(0, 8) + ".md"
                : path;
    }

    static String topic(LibraryItem item) {
        return item.tags().isEmpty() ? "general" : slug(item.tags().get(0), "general");
    }

    static String feedback(UUID item, String author) {
        return FEEDBACK + item + "/" + slug(author, "someone") + ".md";
    }

    /** The copy of {@code path} kept for {@code author} when their version and another met. */
    static String conflict(String path, String author) {
        return path.substring(0, path.length() - ".md".length()) + "-conflict-" + slug(author, "someone") + ".md";
    }

    static boolean isItem(String path) {
        return path.endsWith(".md") && (path.startsWith(AIDS) || path.startsWith(NOTES));
    }

    /** Lowercase ASCII words joined by dashes, as a forge shows them well: "Before you open a PR" → "before-you-open-a-pr". */
    static String slug(String text, String fallback) {
        String name = Signatures.name(text);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
