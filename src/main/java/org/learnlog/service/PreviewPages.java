package org.learnlog.service;

import org.learnlog.markdown.MarkdownHtml;

/** Builds the HTML page the editor's preview shows for a note's Markdown. */
public final class PreviewPages {
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 14px;
                   line-height: 1.5; color: #1f2328; margin: 12px 16px; }
            code, pre { font-family: 'JetBrains Mono', Consolas, monospace; background: #f6f8fa; }
            pre { padding: 8px; border-radius: 6px; overflow-x: auto; }
            table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 8px; }
            blockquote { color: #59636e; border-left: 3px solid #d0d7de; margin-left: 0; padding-left: 12px; }
            li.task-list-item { list-style: none; }
            a { color: #0969da; pointer-events: none; } /* a click must not take the preview onto the web */
            """;

    /** Learnlog makes no network connections: a remote image or script in a note is not fetched. */
    private static final String NO_NETWORK = "<meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

    private final MarkdownHtml html = new MarkdownHtml();

    public String page(String markdown) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + NO_NETWORK + "<style>" + STYLE
                + "</style></head><body>"
                + html.render(markdown) + "</body></html>";
    }
}
