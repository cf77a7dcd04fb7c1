package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreviewPagesTest {
    private final PreviewPages pages = new PreviewPages();

    @Test
    void markdownWithTablesAndTasksBecomesHtml() {
        String page = pages.page("# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n");

        assertTrue(page.contains("<h1>Heading</h1>"), page);
        assertTrue(page.contains("<table>"), page);
        assertTrue(page.contains("type=\"checkbox\""), page);
    }

    @Test
    void pastedHtmlIsShownNotRunAndNothingRemoteIsLoaded() {
        String page = pages.page("<script>alert(1)</script>\n\n![x](https://example.com/x.png)");

        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.contains("default-src 'none'"), page);
    }
}
