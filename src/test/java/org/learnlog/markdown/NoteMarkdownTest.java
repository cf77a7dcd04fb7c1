package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

class NoteMarkdownTest {

    static Note note(String title, String body, String context, List<String> tags) {
        return new Note(UUID.fromString("0b6f3f0e-8a57-4d0c-9a55-2f1c3e0c1a01"), title, body, LocalDate.of(2026, 11, 29),
                NoteKind.HOW_TO, context, tags, List.of("review-speed"),
                Instant.parse("2026-11-29T09:40:00.123Z"), Instant.parse("2026-11-29T10:00:00Z"), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "CON", "a:b", "say \"hi\": now", "it's # not a comment",
            "tab\tand\\backslash", "emoji 🧪🎉 and 日本語", "---", "- dash", "[draft] {x}", "true", "123",
            "  leading and trailing  ", "\u202Ebidi\u202C", "", "line\nbreak"})
    void nastyTitlesSurviveAWriteAndARead(String title) {
        Note note = note(title, "Body", "ctx", List.of("git"));

        assertEquals(note, NoteMarkdown.read(NoteMarkdown.write(note)));
    }

    @Test
    void aThreeHundredCharacterTitleSurvives() {
        Note note = note("ü".repeat(300), "", "", List.of());

        assertEquals(note, NoteMarkdown.read(NoteMarkdown.write(note)));
    }

    @Test
    void contextTagsAndBodiesWithYamlLookalikesSurvive() {
        Note note = note("Title", "---\nnot: front matter\n---\n\n# Heading\n\n- [ ] task\n", "incident 42: \"db\"\nday two",
                List.of("C#", "java/concurrency", "yes", "2024", "日本"));

        assertEquals(note, NoteMarkdown.read(NoteMarkdown.write(note)));
    }

    @Test
    void bodiesKeepLeadingBlankLinesAndMissingFinalNewline() {
        Note note = note("Title", "\n\nstarts blank, no newline at end", "", List.of());

        assertEquals(note, NoteMarkdown.read(NoteMarkdown.write(note)));
    }

    @Test
    void frontMatterIsReadableYaml() {
        String markdown = NoteMarkdown.write(note("Squash fixups", "Use `--autosquash`.\n", "", List.of("git", "C#")));

        assertEquals("""
                ---
                id: 0b6f3f0e-8a57-4d0c-9a55-2f1c3e0c1a01
                title: "Squash fixups"
                kind: how-to
                date: "2026-11-29"
                created: "2026-11-29T09:40:00.123Z"
                updated: "2026-11-29T10:00:00Z"
                tags:
                  - git
                  - "C#"
                goals:
                  - review-speed
                context: ""
                source: ""
                ---

                Use `--autosquash`.
                """, markdown);
    }

    @Test
    void aFileWithoutFrontMatterOrWithBadFieldsIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> NoteMarkdown.read("# Just markdown\n"));
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class, () -> NoteMarkdown.read(
                NoteMarkdown.write(note("t", "", "", List.of())).replace("2026-11-29\"", "yesterday\"")));
        assertTrue(badDate.getMessage().contains("date"), badDate.getMessage());
    }
}
