package org.learnlog.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown a note body may hold, read the same way for the preview, for HTML and for its links:
 * CommonMark, GFM tables and task lists, and {@code [[wiki links]]} as Obsidian writes them (the
 * note's name first, then {@code #heading} and {@code |label}).
 */
final class NoteParser {
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    YamlFrontMatterExtension.create(), WikiLinkExtension.create()))
            .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
            .set(WikiLinkExtension.ALLOW_ANCHORS, true)
            // ![[file.png]]: Obsidian's embed of an attachment, read as its own node.
            .set(WikiLinkExtension.IMAGE_LINKS, true)
            // A note is the user's own text, but pasted HTML still should not run anywhere it is shown.
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .toImmutable();
    static final Parser PARSER = Parser.builder(OPTIONS).build();

    private NoteParser() {
    }
}
