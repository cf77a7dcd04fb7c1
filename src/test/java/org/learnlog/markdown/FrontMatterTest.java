package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading front matter written by other tools: what they write is kept, and no text is lost. */
class FrontMatterTest {

    @Test
    void listItemsNeedNotBeIndented() {
        FrontMatter matter = FrontMatter.read("---\ntags:\n- git\n- java/streams\naliases:\n  - Rebase\n---\n\nBody");

        assertEquals(List.of("git", "java/streams"), matter.list("tags"));
        assertEquals(List.of("Rebase"), matter.list("aliases"));
        assertEquals("Body", matter.body());
    }

    @Test
    void aFileThatOpensWithARuleButNeverClosesItIsAllBody() {
        String text = "---\n\nA thematic break first, then the note.\n";

        FrontMatter matter = FrontMatter.read(text);

        assertEquals(Map.of(), matter.fields());
        assertEquals(text, matter.body());
    }

    @Test
    void literalsCommentsAndWindowsLineBreaksReadAsYamlWouldHaveThem() {
        FrontMatter matter = FrontMatter.read("\r\n---\r\n# a comment\r\nsummary: |\r\n  line one\r\n  line two\r\n"
                + "title: \"Squash: fixups\"\r\n...\r\n\r\nBody\r\n");

        assertEquals("line one\nline two", matter.scalar("summary"));
        assertEquals("Squash: fixups", matter.scalar("title"));
        assertEquals("Body\r\n", matter.body());
    }

    @Test
    void aFlowListAndAnEmptyValueAreRead() {
        FrontMatter matter = FrontMatter.read("---\ntags: [git, \"a, b\"]\nsource:\n---\n");

        assertEquals(List.of("git", "a, b"), matter.list("tags"));
        assertEquals("", matter.scalar("source"));
        assertEquals("", matter.body());
    }
}
