package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnlog.markdown.LinkEdits.WikiTarget;

class LinkEditsTest {
    private static final UUID A = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID B = UUID.fromString("66666666-7777-8888-9999-000000000000");

    @Test
    void linksToNotesBecomeRelativeFileAddressesAndBackWithEveryOtherCharacterKept() {
        String body = "See [Bisect \\[fast\\]](note:" + A + ") and [the heading](note:" + B + "#Step%202), "
                + "not `[code](note:" + A + ")`,\r\nnor [web](https://example.com).\n";
        String exported = LinkEdits.toFiles(body, id -> Optional.of(id.equals(A) ? "../03/Bisect%20(fast).md" : "b.md"));

        assertEquals("See [Bisect \\[fast\\]](../03/Bisect%20(fast).md) and [the heading](b.md#Step%202), "
                + "not `[code](note:" + A + ")`,\r\nnor [web](https://example.com).\n", exported);
        Map<String, UUID> files = Map.of("../03/Bisect%20(fast).md", A, "b.md", B);
        assertEquals(body, LinkEdits.fromFiles(exported, address -> Optional.ofNullable(files.get(address)),
                wiki -> Optional.empty()));
    }

    @Test
    void obsidianWikiLinksWithAliasesAndHeadingsBecomeLinksByIdAndUnknownOnesStay() {
        String body = "[[Bisect]], [[Bisect|how I bisect]], [[Bisect#Run it]], [[Bisect#Run it|run]] and [[Nowhere]].";
        String imported = LinkEdits.fromFiles(body, address -> Optional.empty(),
                wiki -> wiki.name().equals("Bisect") ? Optional.of(A) : Optional.empty());

        assertEquals("[Bisect](note:" + A + "), [how I bisect](note:" + A + "), [Bisect › Run it](note:" + A
                + "#Run%20it), [run](note:" + A + "#Run%20it) and [[Nowhere]].", imported);
    }

    @Test
    void aRenamedNoteRelabelsOnlyLinksThatReadItsOldTitle() {
        String body = "[Old](note:" + A + ") [my words](note:" + A + ") [Old](note:" + B + ")";

        assertEquals("[New \\[2\\]](note:" + A + ") [my words](note:" + A + ") [Old](note:" + B + ")",
                LinkEdits.relabel(body, A, "Old", "New [2]"));
    }

    @Test
    void aidsKeepLinksAsPlainTextAndWebLinksAsTheyAre() {
        assertEquals("Read Bisect, then run and [web](https://x.org).",
                LinkEdits.plain("Read [Bisect](note:" + A + "), then [[Bisect#x|run]] and [web](https://x.org)."));
    }

    @Test
    void aTitleLinkTurnsIntoALinkByIdWhenItsNoteIsMade() {
        assertEquals("Try [Flaky tests](note:" + A + ") and [flakes](note:" + A + ").",
                LinkEdits.resolveTitle("Try [[Flaky tests]] and [[Flaky tests|flakes]].", "Flaky tests", A));
        assertEquals("x [Gone](note:" + B + ")", LinkEdits.repoint("x [Gone](note:" + A + ")", A, B));
    }

    @Test
    void wikiTargetsReadAsObsidianShowsThem() {
        assertEquals("a › b", new WikiTarget("a", "b", "").text());
        assertEquals("c", new WikiTarget("a", "b", "c").text());
    }

    @Test
    void backlinksShowTheSentenceAroundTheLink() {
        String body = "# Notes\n\nFirst sentence here. Then I used [Bisect](note:" + A + ") to find it. Last one.\n";

        assertEquals("Then I used Bisect to find it.", LinkSentences.around(body, A));
        assertEquals("", LinkSentences.around(body, B));
        String longOne = "word ".repeat(100) + "[Bisect](note:" + A + ") " + "more ".repeat(100);
        String cut = LinkSentences.around(longOne, A);
        assertEquals(true, cut.contains("Bisect") && cut.startsWith("…") && cut.endsWith("…"), cut);
    }

    @Test
    void addressesBetweenExportedFilesAreRelativeAndEscaped() {
        assertEquals("../03/a%20b%23c.md", Addresses.relative("notes/2025/01/x.md", "notes/2025/03/a b#c.md"));
        assertEquals("日本.md", Addresses.relative("notes/2025/01/x.md", "notes/2025/01/日本.md"));
        assertEquals(Optional.of("notes/2025/03/a b#c.md"), Addresses.resolve("notes/2025/01/x.md", "../03/a%20b%23c.md"));
        assertEquals(Optional.empty(), Addresses.resolve("a.md", "../../etc/passwd"));
        assertEquals(Optional.empty(), Addresses.resolve("a.md", "https://example.com/a.md"));
        assertEquals(Optional.of("c++.md"), Addresses.resolve("a.md", "c++.md"));
    }
}
