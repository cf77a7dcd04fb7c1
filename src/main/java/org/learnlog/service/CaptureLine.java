package org.learnlog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learnlog.model.NoteDraft;

/**
 * Reads a one-line capture such as {@code Rebase before you open the PR #git +review-speed}:
 * each {@code #word} becomes a tag, each {@code +slug} links a goal, and the rest is the title.
 */
public final class CaptureLine {
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)#([\\p{L}\\p{N}_][\\p{L}\\p{N}_/.-]*)(?=\\s|$)");
    private static final Pattern GOAL = Pattern.compile("(?<=^|\\s)\\+([a-zA-Z][a-zA-Z0-9-]*)(?=\\s|$)");

    private CaptureLine() {
    }

    public static NoteDraft parse(String line) {
        String text = line == null ? "" : line.strip();
        List<String> tags = collect(TAG, text);
        List<String> goals = collect(GOAL, text);
        String title = GOAL.matcher(TAG.matcher(text).replaceAll("")).replaceAll("")
                .replaceAll("\\s{2,}", " ").strip();
        return NoteDraft.of(title, "").withTags(tags).withGoals(goals);
    }

    private static List<String> collect(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
