package org.learnlog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learnlog.model.LineDiff.Change;
import org.learnlog.model.LineDiff.Line;

class LineDiffTest {

    private static String shown(List<Line> lines) {
        return lines.stream().map(line -> switch (line.change()) {
            case SAME -> " ";
            case REMOVED -> "-";
            case ADDED -> "+";
        } + line.text()).collect(Collectors.joining("\n"));
    }

    @Test
    void anEditedLineIsRemovedThenAddedAndTheRestKept() {
        assertEquals(" # Rebase\n-Use merge.\n+Use rebase -i.\n Then push.",
                shown(LineDiff.between("# Rebase\nUse merge.\nThen push.", "# Rebase\nUse rebase -i.\nThen push.")));
    }

    @Test
    void linesAddedAndRemovedInTheMiddleAreFoundExactly() {
        assertEquals(" a\n-b\n c\n+x\n+y\n d",
                shown(LineDiff.between("a\nb\nc\nd", "a\nc\nx\ny\nd")));
    }

    @Test
    void emptyTextsAndIdenticalTexts() {
        assertEquals(List.of(), LineDiff.between("", ""));
        assertEquals("+one", shown(LineDiff.between("", "one")));
        assertEquals("-one", shown(LineDiff.between("one", "")));
        assertEquals(" same\n same too", shown(LineDiff.between("same\nsame too", "same\nsame too")));
    }

    @Test
    void everyDiffRebuildsBothTextsAndIsNoLongerThanReplacingEverything() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> before = randomLines(random);
            List<String> after = randomLines(random);

            List<Line> diff = LineDiff.between(String.join("\n", before), String.join("\n", after));

            assertEquals(before, diff.stream().filter(line -> line.change() != Change.ADDED).map(Line::text).toList());
            assertEquals(after, diff.stream().filter(line -> line.change() != Change.REMOVED).map(Line::text).toList());
            long changed = diff.stream().filter(line -> line.change() != Change.SAME).count();
            assertTrue(changed <= before.size() + after.size());
        }
    }

    @Test
    void textsDifferingInMoreLinesThanItSearchesAreShownAsReplaced() {
        String before = "old line\n".repeat(LineDiff.MAX_CHANGES);
        String after = "new line\n".repeat(LineDiff.MAX_CHANGES);

        List<Line> diff = LineDiff.between(before, after);

        assertEquals(2 * LineDiff.MAX_CHANGES, diff.size());
        assertEquals(Change.REMOVED, diff.get(0).change());
        assertEquals(Change.ADDED, diff.get(diff.size() - 1).change());
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }
}
