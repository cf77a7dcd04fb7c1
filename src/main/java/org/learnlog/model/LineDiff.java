package org.learnlog.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The lines that differ between two texts, as the shortest list of lines kept, removed and added
 * (Myers' algorithm, linear in the text when the differences are few). Texts that differ in more than
 * {@link #MAX_CHANGES} lines are shown as all removed, then all added, rather than searched for long.
 */
public final class LineDiff {
    static final int MAX_CHANGES = 1_000;

    public enum Change { SAME, REMOVED, ADDED }

    public record Line(Change change, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> a = before.isEmpty() ? List.of() : before.lines().toList();
        List<String> b = after.isEmpty() ? List.of() : after.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>();
        a.subList(0, prefix).forEach(text -> lines.add(new Line(Change.SAME, text)));
        lines.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        a.subList(a.size() - suffix, a.size()).forEach(text -> lines.add(new Line(Change.SAME, text)));
        return lines;
    }

    /** The edit script of two texts that differ at both ends, found by walking Myers' furthest paths back. */
    private static List<Line> middle(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_CHANGES);
        int offset = max + 1;
        List<int[]> trace = new ArrayList<>();
        int[] furthest = new int[2 * max + 3];
        for (int d = 0; d <= max; d++) {
            // Only the diagonals round d reads: the trace grows with the square of the changes, not of the text.
            trace.add(Arrays.copyOfRange(furthest, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || k != d && furthest[offset + k - 1] < furthest[offset + k + 1];
                int x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                furthest[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(a, b, trace, d);
                }
            }
        }
        List<Line> replaced = new ArrayList<>();
        a.forEach(text -> replaced.add(new Line(Change.REMOVED, text)));
        b.forEach(text -> replaced.add(new Line(Change.ADDED, text)));
        return replaced;
    }

    private static List<Line> backtrack(List<String> a, List<String> b, List<int[]> trace, int steps) {
        List<Line> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = steps; d > 0; d--) {
            int[] furthest = trace.get(d);
            int base = d + 1;
            int k = x - y;
            boolean down = k == -d || k != d && furthest[base + k - 1] < furthest[base + k + 1];
            int previousK = down ? k + 1 : k - 1;
            int previousX = furthest[base + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(new Line(Change.SAME, a.get(--x)));
                y--;
            }
            if (down) {
                reversed.add(new Line(Change.ADDED, b.get(--y)));
            } else {
                reversed.add(new Line(Change.REMOVED, a.get(--x)));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Line(Change.SAME, a.get(--x)));
            y--;
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
