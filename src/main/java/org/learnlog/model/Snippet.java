package org.learnlog.model;

import java.util.List;

/** A piece of a note's text with the parts that matched the search marked by character ranges. */
public record Snippet(String text, List<Span> matches) {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Span(int start, int end) {
    }

    public Snippet {
        text = text == null ? "" : text;
        matches = List.copyOf(matches);
    }

    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    /** The text with each match wrapped in {@code before} and {@code after}, e.g. for a terminal. */
    public String marked(String before, String after) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : matches) {
            out.append(text, at, span.start()).append(before).append(text, span.start(), span.end()).append(after);
            at = span.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
