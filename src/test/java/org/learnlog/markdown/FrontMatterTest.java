package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
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

        assertEquals("line one\nline two\n", matter.scalar("summary"));
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

    @Test
    void frontMatterThatIsNotYamlIsAnErrorThatSaysOnWhichLineAndWhy() {
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> FrontMatter.read("---\ntitle: \"unterminated\ntags: [a, b\n---\nBody\n"));

        assertEquals("The front matter is not valid YAML (line 4: found unexpected end of stream).", broken.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeAnythingIsBuiltFromIt() {
        String deep = "---\ntags: " + "[".repeat(FrontMatterYaml.MAX_DEPTH + 1) + "]".repeat(FrontMatterYaml.MAX_DEPTH + 1)
                + "\n---\n";

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> FrontMatter.read(deep));

        assertTrue(refused.getMessage().contains("levels deep"), refused.getMessage());
    }

    @Test
    void anyTextIsWrittenSoThatItReadsBackExactly() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("id", List.of("0b6f3f0e-8a57-4d0c-9a55-2f1c3e0c1a01"));
        fields.put("title", List.of("Squash: \"fixups\" \\ \n\ttab é 日本 🧪 \u0007 \u2028 \ufeff \u0085 \u00a0 \u0000 # not a comment"));
        fields.put("date", List.of("2026-10-05"));
        fields.put("version", List.of("3"));
        fields.put("empty", List.of(""));
        fields.put("null", List.of("null"));
        fields.put("tags", List.of("git", "yes", "~", "- dash", "[x]"));
        fields.put("goals", List.of());

        String written = new FrontMatter(fields, "Body\n").write(List.of("tags", "goals"));
        FrontMatter back = FrontMatter.read(written);

        assertEquals(fields, back.fields());
        assertEquals("Body\n", back.body());
        assertEquals(written, back.write(List.of("tags", "goals")), "written again, byte for byte");
        assertTrue(written.startsWith("---\nid: 0b6f3f0e-8a57-4d0c-9a55-2f1c3e0c1a01\ntitle: \"Squash: \\\"fixups"), written);
        assertTrue(written.contains("\ntags:\n  - git\n  - \"yes\"\n"), written);
    }

    @Test
    void halfASurrogatePairIsWrittenAsAReplacementCharacterNotPairedWithItsNeighbour() {
        FrontMatter back = FrontMatter.read(new FrontMatter(Map.of("title", List.of("lone \uD800 high")), "")
                .write(List.of()));

        assertEquals("lone \uFFFD high", back.scalar("title"));
    }
}
