package org.learnlog.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.learnlog.markdown.LinkEdits;
import org.learnlog.model.Goal;
import org.learnlog.model.MetricValues;
import org.learnlog.model.Note;

/** The blocks a template can place: {{checklist}}, {{steps}}, {{til}}, {{digest}}, {{goal}} and {{notes}}. */
final class AidBlocks {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?(.+?)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Comparator<Note> OLDEST_FIRST = Comparator.comparing(Note::date).thenComparing(Note::created);

    private AidBlocks() {
    }

    /** One "- [ ]" item per bullet in the notes, or per note where a note has no bullets. */
    static String checklist(List<Note> notes) {
        List<String> items = new ArrayList<>();
        for (Note note : sorted(notes)) {
            List<String> bullets = bullets(LinkEdits.plain(note.body()));
            items.addAll(bullets.isEmpty() ? List.of(note.title()) : bullets);
        }
        return items.stream().map(item -> "- [ ] " + item).collect(Collectors.joining("\n"));
    }

    /** The notes as numbered steps in date order, each with its text. */
    static String steps(List<Note> notes) {
        List<Note> ordered = sorted(notes);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            Note note = ordered.get(i);
            out.append("## ").append(i + 1).append(". ").append(note.title()).append("\n\n");
            if (!note.body().isBlank()) {
                out.append(shareable(note.body())).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    /** The notes' text cleaned for sharing: no private context, wikilinks as plain words. */
    static String til(List<Note> notes) {
        List<Note> ordered = sorted(notes);
        if (ordered.size() == 1) {
            return shareable(ordered.get(0).body());
        }
        return ordered.stream().map(note -> "## " + note.title() + "\n\n" + shareable(note.body()))
                .collect(Collectors.joining("\n\n")).strip();
    }

    /** The notes grouped by goal, then by tag, each with its first line. */
    static String digest(List<Note> notes, List<Goal> goals) {
        Map<String, String> goalTitles = goals.stream().collect(Collectors.toMap(Goal::slug, Goal::title));
        Map<String, Map<String, List<Note>>> groups = new LinkedHashMap<>();
        for (Note note : sorted(notes)) {
            List<String> goalNames = note.goals().isEmpty() ? List.of("No goal")
                    : note.goals().stream().map(slug -> goalTitles.getOrDefault(slug, slug)).toList();
            String tag = note.tags().isEmpty() ? "untagged" : "#" + note.tags().get(0);
            goalNames.forEach(goal -> groups.computeIfAbsent(goal, g -> new LinkedHashMap<>())
                    .computeIfAbsent(tag, t -> new ArrayList<>()).add(note));
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((goal, byTag) -> {
            out.append("## ").append(goal).append("\n\n");
            byTag.forEach((tag, tagged) -> {
                out.append("### ").append(tag).append("\n\n");
                tagged.forEach(note -> out.append(line(note)).append('\n'));
                out.append('\n');
            });
        });
        return groups.isEmpty() ? "No notes this week." : out.toString().strip();
    }

    /** A goal's numbers, with a place for progress until check-ins exist. */
    static String goal(Goal goal) {
        String unit = goal.unit().isEmpty() ? "" : " " + goal.unit();
        return "**" + goal.title() + "**" + (goal.why().isBlank() ? "" : ": " + goal.why().strip()) + "\n\n"
                + "| Metric | Baseline | Target | Due |\n|---|---|---|---|\n"
                + "| " + cell(goal.metric()) + " | " + MetricValues.format(goal.baseline()) + unit + " (" + goal.baselineDate() + ") | "
                + MetricValues.format(goal.target()) + unit + " | " + goal.due() + " |\n\n"
                + "Progress: check-ins will show here once they are recorded.";
    }

    /** The notes as an evidence list, newest last. */
    static String notes(List<Note> notes) {
        return sorted(notes).stream().map(AidBlocks::line).collect(Collectors.joining("\n"));
    }

    private static String line(Note note) {
        String first = shareable(note.body()).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return "- " + note.date() + " **" + note.title() + "**" + (first.isEmpty() ? "" : ": " + first);
    }

    private static List<String> bullets(String body) {
        List<String> bullets = new ArrayList<>();
        boolean inCode = false;
        for (String line : body.lines().toList()) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
            } else if (!inCode) {
                Matcher bullet = BULLET.matcher(line);
                if (bullet.matches()) {
                    bullets.add(bullet.group(1));
                }
            }
        }
        return bullets;
    }

    private static String shareable(String body) {
        return LinkEdits.plain(body).strip();
    }

    private static List<Note> sorted(List<Note> notes) {
        return notes.stream().sorted(OLDEST_FIRST).toList();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
