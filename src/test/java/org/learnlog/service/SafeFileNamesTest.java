package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", ".", "a/b\\c", "a:b", "CON", "nul.txt", "COM1", "<>|?*",
            "\u0000\u0007", "  ", "..hidden", "trailing dot.", "🧪🎉", "line\nbreak"})
    void stemsCarryNoPathsNoDevicesAndNoControlCharacters(String title) {
        String stem = SafeFileNames.stem(title);

        assertFalse(stem.isEmpty());
        assertFalse(stem.contains("/") || stem.contains("\\") || stem.contains(".."), stem);
        assertFalse(stem.startsWith(".") || stem.endsWith("."), stem);
        assertFalse(stem.chars().anyMatch(Character::isISOControl), stem);
        assertFalse(stem.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?"), stem);
    }

    @Test
    void readableTitlesStayReadable() {
        assertEquals("Squash fixups with git rebase -i", SafeFileNames.stem("Squash fixups with git rebase -i"));
        assertEquals("a-b", SafeFileNames.stem("a:b"));
        assertEquals("etc-passwd", SafeFileNames.stem("../../etc/passwd"));
        assertEquals("_CON", SafeFileNames.stem("CON"));
        assertEquals("untitled", SafeFileNames.stem("///"));
    }

    @Test
    void longNamesAreCutToOneHundredTwentyBytesWithoutSplittingACharacter() {
        String name = SafeFileNames.fileName(SafeFileNames.stem("日本語🧪".repeat(100)), "-2", ".md");

        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= SafeFileNames.MAX_BYTES, name);
        assertTrue(name.endsWith("-2.md"));
        assertFalse(name.contains("\uFFFD"));
        assertEquals(name, new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    /** One to four bytes each, a code point whose low half looks like a surrogate, and a lone surrogate (written as ?). */
    @ParameterizedTest
    @ValueSource(strings = {"a", "é", "日", "🧪", "\uD836\uDC00", "\uD800"})
    void aCutKeepsAsManyCharactersAsFitTheBytesLeft(String character) {
        int width = character.getBytes(StandardCharsets.UTF_8).length;

        String name = SafeFileNames.fileName(character.repeat(200), "", ".md");

        assertEquals(character.repeat((SafeFileNames.MAX_BYTES - ".md".length()) / width) + ".md", name);
    }
}
