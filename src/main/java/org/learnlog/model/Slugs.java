package org.learnlog.model;

import java.text.Normalizer;
import java.util.Locale;

/** Short, readable, ASCII names for goals ("Cut review time!" → "cut-review-time"), used in `+slug`. */
public final class Slugs {
    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))) {
            slug = ("goal-" + slug).replaceAll("-+$", "");
        }
        return slug;
    }
}
