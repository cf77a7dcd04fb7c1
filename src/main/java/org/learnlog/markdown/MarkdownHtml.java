package org.learnlog.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** Renders a note's Markdown body (CommonMark, GFM tables and task lists) to an HTML fragment. */
public final class MarkdownHtml {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownHtml() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                        YamlFrontMatterExtension.create()))
                // A note is the user's own text, but pasted HTML still should not run in the preview.
                .set(HtmlRenderer.ESCAPE_HTML, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown == null ? "" : markdown));
    }
}
