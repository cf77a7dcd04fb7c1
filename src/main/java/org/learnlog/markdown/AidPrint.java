package org.learnlog.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An aid as a page to print: its Markdown (raw HTML escaped, unsafe links dropped, as {@link SafeHtml}
 * does), each task as an empty box to tick with a pen, and its author and date in every A4 page's footer.
 */
final class AidPrint {
    private static final String STYLE = "@page{size:A4;margin:16mm 16mm 18mm 16mm;"
            + "@bottom-left{content:'%s';font-size:8pt;color:#555}"
            + "@bottom-right{content:counter(page) ' / ' counter(pages);font-size:8pt;color:#555}}"
            + "body{font-family:%s;font-size:10.5pt;line-height:1.35;color:#1f2328}"
            + "h1{font-size:17pt;margin:0 0 8pt}h2{font-size:13pt;margin:12pt 0 4pt}h3{font-size:11pt;margin:10pt 0 4pt}"
            + "p{margin:0 0 6pt}ul,ol{margin:0 0 6pt;padding-left:16pt}li{margin:0 0 3pt}"
            + "li.task-list-item{list-style:none;margin-left:-14pt}"
            + ".box{display:inline-block;width:8pt;height:8pt;border:0.8pt solid #1f2328;margin-right:6pt;"
            + "vertical-align:-1pt}.box.done{background:#1f2328}"
            + "code,pre{font-family:monospace;background:#f3f4f6}pre{padding:6pt;white-space:pre-wrap}"
            + "table{border-collapse:collapse}td,th{border:0.6pt solid #9aa4ae;padding:3pt 6pt}";

    private final Parser parser;
    private final HtmlRenderer renderer;

    AidPrint() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                        YamlFrontMatterExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<span class=\"box\"></span>")
                .set(TaskListExtension.ITEM_DONE_MARKER, "<span class=\"box done\"></span>");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return SafeHtml::dropUnsafeLinks;
            }
        }).build();
    }

    /** The page as HTML: {@code families} are the CSS font families to use, first to last; {@code footer} is plain text. */
    String page(String title, String markdown, String footer, List<String> families) {
        String fonts = families.stream().map(family -> "'" + family + "'").collect(Collectors.joining(","));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>" + SafeHtml.escape(title) + "</title><style>"
                + String.format(STYLE, cssString(footer), fonts.isEmpty() ? "sans-serif" : fonts + ",sans-serif")
                + "</style></head><body>" + renderer.render(parser.parse(markdown)) + "</body></html>";
    }

    /** {@code text} inside a CSS string in single quotes, with no way out of it or of the style element. */
    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ").replace("<", "\\3c ");
    }
}
