package org.learnlog.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;

/** Renders a note's Markdown body (CommonMark, GFM tables and task lists) to an HTML fragment. */
public final class MarkdownHtml {
    private final HtmlRenderer renderer = HtmlRenderer.builder(NoteParser.OPTIONS).build();

    public String render(String markdown) {
        return renderer.render(NoteParser.PARSER.parse(markdown == null ? "" : markdown));
    }
}
