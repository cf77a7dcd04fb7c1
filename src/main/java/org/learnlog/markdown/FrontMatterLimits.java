package org.learnlog.markdown;

import java.util.regex.Pattern;

/**
 * Refuses front matter built to hurt a YAML reader: anchors (the seed of a "billion laughs" alias
 * bomb), deep nesting, or sheer size. Learnlog's own files never have them, and no note needs them.
 */
final class FrontMatterLimits {
    static final int MAX_DEPTH = 16;
    static final int MAX_LENGTH = 100_000;
    private static final Pattern ANCHOR = Pattern.compile("(^|[\\s\\[{,:-])&[^\\s\\[\\]{},]+", Pattern.MULTILINE);

    private FrontMatterLimits() {
    }

    /** @throws IllegalArgumentException with a message for the user, naming what is wrong */
    static void check(String block) {
        if (block.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The front matter is " + block.length() + " characters long; the most is "
                    + MAX_LENGTH + ".");
        }
        // The pattern tries every position; most blocks have no '&' at all, and are done at once.
        if (block.indexOf('&') >= 0 && ANCHOR.matcher(block).find()) {
            throw new IllegalArgumentException("The front matter defines YAML anchors (&name), which Learnlog does not "
                    + "expand: a file with them may be a YAML bomb.");
        }
        int depth = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("The front matter nests lists more than " + MAX_DEPTH
                            + " levels deep, which no note needs.");
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }
}
