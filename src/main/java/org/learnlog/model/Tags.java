package org.learnlog.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tag names: case-insensitive, optionally nested with {@code /}. A tag is kept with the spelling the
 * user first gave it; its key (lower case) is what makes two spellings the same tag.
 */
public final class Tags {
    public static final int MAX_LENGTH = 100;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s,#+\"'`\\\\\\p{Cntrl}]");

    private Tags() {
    }

    public static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /** Trims a typed tag ("#Git/", " java ") to its stored form ("Git", "java"), or explains why it can't be one. */
    public static String normalize(String raw) {
        String tag = raw == null ? "" : raw.strip();
        while (tag.startsWith("#")) {
            tag = tag.substring(1);
        }
        tag = tag.replaceAll("/{2,}", "/").replaceAll("^/+|/+$", "");
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("A tag can't be empty.");
        }
        if (tag.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The tag \"" + tag.substring(0, 20) + "…\" is longer than "
                    + MAX_LENGTH + " characters.");
        }
        if (FORBIDDEN.matcher(tag).find()) {
            throw new IllegalArgumentException("The tag \"" + tag
                    + "\" has a space or a character tags can't hold (, # + quotes \\).");
        }
        return tag;
    }

    /** Normalizes every tag and drops case-insensitive repeats, keeping the first spelling, sorted by key. */
    public static List<String> normalizeAll(Collection<String> raw) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String each : raw) {
            String tag = normalize(each);
            byKey.putIfAbsent(key(tag), tag);
        }
        List<String> tags = new ArrayList<>(byKey.values());
        tags.sort(java.util.Comparator.comparing(Tags::key));
        return List.copyOf(tags);
    }
}
