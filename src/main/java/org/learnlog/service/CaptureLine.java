package org.learnlog.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.learnlog.model.NoteDraft;
import org.learnlog.model.NoteKind;

/**
 * Reads a one-line capture such as {@code Rebase before you open the PR #git +review-speed !how-to}:
 * each {@code #word} becomes a tag, each {@code +slug} links a goal, {@code !kind} (insight, how-to,
 * mistake, question, resource) says what sort of note it is, and the rest is the title. A {@code !word}
 * that is no kind stays in the title.
 */
public final class CaptureLine {
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)#([\\p{L}\\p{N}_][\\p{L}\\p{N}_/.-]*)(?=\\s|$)");
    private static final Pattern GOAL = Pattern.compile("(?<=^|\\s)\\+([a-zA-Z][a-zA-Z0-9-]*)(?=\\s|$)");
    private static final Pattern KIND = Pattern.compile("(?<=^|\\s)!([a-zA-Z-]+)(?=\\s|$)");

    private CaptureLine() {
    }

    public static NoteDraft parse(String line) {
        String text = line == null ? "" : line.strip();
        List<String> tags = collect(TAG, text);
        List<String> goals = collect(GOAL, text);
        NoteKind kind = NoteKind.INSIGHT;
        Matcher kinds = KIND.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (kinds.find()) {
            Optional<NoteKind> named = NoteKind.fromSlug(kinds.group(1));
            kind = named.orElse(kind);
            kinds.appendReplacement(rest, named.isPresent() ? "" : Matcher.quoteReplacement(kinds.group()));
        }
        kinds.appendTail(rest);
        String title = GOAL.matcher(TAG.matcher(rest.toString()).replaceAll("")).replaceAll("")
                .replaceAll("\\s{2,}", " ").strip();
        return new NoteDraft(null, title, "", null, kind, "", tags, goals);
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
