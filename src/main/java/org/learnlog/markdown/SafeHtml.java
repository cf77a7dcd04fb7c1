package org.learnlog.markdown;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A standalone HTML page for sharing an aid: raw HTML in the Markdown is escaped, links and images
 * that are not http, https, mailto or relative are dropped, and the page holds no script.
 */
public final class SafeHtml {
    private static final Pattern ALLOWED = Pattern.compile("(?i)^(https?:|mailto:|#|/|\\.|[^:]*$)");
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;"
            + "padding:0 1em;line-height:1.5;color:#1f2328}code,pre{background:#f6f8fa}pre{padding:8px;overflow-x:auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:4px 8px}"
            + "li.task-list-item{list-style:none}";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public SafeHtml() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                        YamlFrontMatterExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                return SafeHtml::dropUnsafeLinks;
            }
        }).build();
    }

    /** The whole page: a title, a little style, the rendered Markdown. */
    public String page(String title, String markdown) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src https:\">\n<style>" + STYLE + "</style></head>\n<body>\n"
                + renderer.render(parser.parse(markdown)) + "</body></html>\n";
    }

    static void dropUnsafeLinks(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : List.of("href", "src")) {
            String value = attributes.getValue(name);
            if (value != null && !value.isEmpty() && !ALLOWED.matcher(value.strip().toLowerCase(Locale.ROOT)).find()) {
                attributes.remove(name);
            }
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
