package org.learnlog.markdown;

import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reads one required front matter field, with an error that names the field when it is missing or bad. */
final class FrontMatterFields {

    private FrontMatterFields() {
    }

    static <T> T parse(FrontMatter matter, String key, Function<String, T> parser) {
        String text = matter.scalar(key);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The front matter has no \"" + key + "\".");
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("The front matter's \"" + key + "\" is not valid: " + text, e);
        }
    }
}
