package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnlog.markdown.PageReader;
import org.learnlog.model.Page;
import org.learnlog.model.Page.Run;
import org.learnlog.model.Page.Style;

/** What the preview draws for a note's Markdown. */
class PreviewPagesTest {
    private final PreviewPages pages = new PreviewPages();

    @Test
    void headingsStyledTextAndLinksBecomeBlocksOfRuns() {
        Page page = pages.page("# Squash *fixups*\n\nUse **`--autosquash`** before [review](https://x.org).\n");

        assertEquals(List.of(new Page.Heading(1, List.of(Run.plain("Squash "), new Run("fixups", Set.of(Style.EMPHASIS)))),
                new Page.Paragraph(List.of(Run.plain("Use "), new Run("--autosquash", Set.of(Style.STRONG, Style.CODE)),
                        Run.plain(" before "), new Run("review", Set.of(Style.LINK)), Run.plain(".")))),
                page.blocks());
    }

    @Test
    void tasksNumberedListsTablesQuotesAndCodeKeepTheirShape() {
        Page page = pages.page("- [x] done\n- [ ] todo\n\n3. three\n4. four\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "> quoted\n\n```sh\ngit rebase -i\n```\n\n---\n");

        assertEquals(List.of(new Page.ListBlock(false, 1, List.of(
                        new Page.Item(true, List.of(new Page.Paragraph(List.of(Run.plain("done"))))),
                        new Page.Item(false, List.of(new Page.Paragraph(List.of(Run.plain("todo"))))))),
                new Page.ListBlock(true, 3, List.of(
                        new Page.Item(null, List.of(new Page.Paragraph(List.of(Run.plain("three"))))),
                        new Page.Item(null, List.of(new Page.Paragraph(List.of(Run.plain("four"))))))),
                new Page.Table(List.of(List.of(List.of(Run.plain("a")), List.of(Run.plain("b"))),
                        List.of(List.of(Run.plain("1")), List.of(Run.plain("2"))))),
                new Page.Quote(List.of(new Page.Paragraph(List.of(Run.plain("quoted"))))),
                new Page.Code("git rebase -i"),
                new Page.Rule()), page.blocks());
    }

    @Test
    void pastedHtmlIsShownAsTextAndImagesByTheirDescriptionOnly() {
        Page page = pages.page("<script>alert(1)</script>\n\n![a diagram](https://example.com/x.png) <b>bold?</b>");

        assertEquals(List.of(new Page.Code("<script>alert(1)</script>"),
                new Page.Paragraph(List.of(new Run("[a diagram]", Set.of(Style.EMPHASIS)), Run.plain(" <b>bold?</b>")))),
                page.blocks());
    }

    @Test
    void aHugeNoteIsCutAtTheLimitAndSaysSo() {
        Page page = pages.page("A line of a very long note.\n\n".repeat(PageReader.MAX_CHARACTERS / 20));

        assertTrue(page.cut());
        int shown = page.blocks().stream().mapToInt(block -> ((Page.Paragraph) block).text().get(0).text().length()).sum();
        assertTrue(shown <= PageReader.MAX_CHARACTERS, "shown " + shown);
        assertFalse(pages.page("short").cut());
    }
}
