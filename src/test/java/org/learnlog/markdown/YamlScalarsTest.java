package org.learnlog.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlScalarsTest {

    @Test
    void quotedScalarsDecodeTheirEscapes() {
        assertEquals("a\"b\\c\nd\té", YamlScalars.read("\"a\\\"b\\\\c\\nd\\t\\u00e9\""));
        assertEquals("it's", YamlScalars.read("'it''s'"));
        assertEquals("plain words", YamlScalars.read("  plain words "));
    }

    @Test
    void flowListsSplitOutsideQuotes() {
        assertEquals(List.of("a", "b, c", "d"), YamlScalars.readFlowList("[a, \"b, c\", 'd']"));
        assertEquals(List.of(), YamlScalars.readFlowList("[]"));
    }

    @Test
    void loneSurrogatesAndControlCharactersAreEscapedAndComeBack() {
        String odd = "\uD800 \u0007 \u2028";

        assertEquals(odd, YamlScalars.read(YamlScalars.write(odd)));
    }

    @Test
    void aBrokenEscapeIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> YamlScalars.read("\"\\u12\""));
    }
}
