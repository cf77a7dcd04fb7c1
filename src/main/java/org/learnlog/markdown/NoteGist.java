package org.learnlog.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/** A note's gist for a summary line: the plain text of its first paragraph, cut at a word near {@code max}. */
public final class NoteGist {
    private static final Parser PARSER = Parser.builder().build();

    private NoteGist() {
    }

    public static String of(String body, int max) {
        Node paragraph = PARSER.parse(body == null ? "" : body).getFirstChildAny(Paragraph.class);
        if (paragraph == null) {
            return "";
        }
        String text = new TextCollectingVisitor().collectAndGetText(paragraph).replaceAll("\\s+", " ").strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }
}
