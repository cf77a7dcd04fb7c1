package org.learnlog.markdown;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalProgress;
import org.learnlog.model.GoalReport;
import org.learnlog.model.MetricValues;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.Review;

/**
 * A goal review as one Markdown document for a manager conversation or a brag document: the numbers,
 * the chart, the check-ins, the evidence notes as links with their gist, and the review answers.
 */
public final class GoalReviewMarkdown {
    private final GoalReport report;
    private final StringBuilder out = new StringBuilder();

    private GoalReviewMarkdown(GoalReport report) {
        this.report = report;
    }

    /**
     * {@code links} and {@code gists} by note id; {@code chartFile} is the chart's file name next to
     * the document, or null when there is no chart.
     */
    public static String write(GoalReport report, Map<UUID, String> links, Map<UUID, String> gists, String chartFile,
                               LocalDate written) {
        GoalReviewMarkdown document = new GoalReviewMarkdown(report);
        document.numbers(chartFile);
        document.checkIns();
        document.evidence(links, gists);
        document.reviews();
        document.out.append("_Written by Learnlog on ").append(written).append("._\n");
        return document.out.toString();
    }

    private void numbers(String chartFile) {
        Goal goal = report.goal();
        GoalProgress progress = report.progress();
        out.append("# Goal review: ").append(inline(goal.title())).append("\n\n");
        if (!goal.why().isBlank()) {
            goal.why().strip().lines().forEach(line -> out.append("> ").append(line).append('\n'));
            out.append('\n');
        }
        out.append("| | |\n|---|---|\n");
        row("Metric", goal.metric() + (goal.unit().isEmpty() ? "" : " (" + goal.unit() + ")") + ", "
                + (goal.direction() == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better"));
        row("Baseline", value(goal.baseline()) + " on " + goal.baselineDate());
        row("Latest", progress.latest().map(c -> value(c.value()) + " on " + c.date()).orElse("no check-in yet"));
        row("Target", value(goal.target()) + " by " + goal.due() + " (" + progress.daysLeft() + " days left)");
        row("Progress", Math.round(progress.progress() * 100) + " %, " + (progress.onTrack() ? "on track" : "behind"));
        row("Status", goal.status().name().toLowerCase(Locale.ROOT)
                + (goal.statusChanged() == null ? "" : " since " + goal.statusChanged()));
        out.append('\n');
        if (chartFile != null) {
            out.append("![Progress of ").append(inline(goal.title())).append("](<").append(chartFile).append(">)\n\n");
        }
        report.nextTry().ifPresent(next -> out.append("**Next I will try:** ").append(next.strip()).append("\n\n"));
    }

    private void checkIns() {
        out.append("## Check-ins\n\n");
        if (report.checkIns().isEmpty()) {
            out.append("No check-in yet.\n\n");
            return;
        }
        out.append("| Date | Value | Comment |\n|---|---:|---|\n");
        for (CheckIn checkIn : report.checkIns()) {
            out.append("| ").append(checkIn.date()).append(" | ").append(value(checkIn.value())).append(" | ")
                    .append(cell(checkIn.comment())).append(" |\n");
        }
        out.append('\n');
    }

    private void evidence(Map<UUID, String> links, Map<UUID, String> gists) {
        List<NoteSummary> notes = report.evidence();
        out.append("## Evidence (").append(notes.size()).append(notes.size() == 1 ? " note" : " notes").append(")\n\n");
        for (NoteSummary note : notes) {
            out.append("- ").append(note.date()).append(" — ");
            String link = links.get(note.id());
            out.append(link == null ? inline(note.title()) : "[" + inline(note.title()) + "](<" + link + ">)");
            String gist = gists.getOrDefault(note.id(), "");
            out.append(gist.isEmpty() ? "" : ": " + inline(gist)).append('\n');
        }
        out.append(notes.isEmpty() ? "No note is linked to this goal yet.\n\n" : "\n");
    }

    private void reviews() {
        if (report.reviews().isEmpty()) {
            return;
        }
        out.append("## Reviews\n\n");
        for (Review review : report.reviews()) {
            out.append("### ").append(review.date()).append("\n\n");
            answer("What moved the metric?", review.moved());
            answer("What got in the way?", review.obstacles());
            answer("What will I try next?", review.nextTry());
        }
    }

    private void answer(String question, String text) {
        if (!text.isBlank()) {
            out.append("**").append(question).append("**\n\n").append(text.strip()).append("\n\n");
        }
    }

    private void row(String label, String text) {
        out.append("| ").append(label).append(" | ").append(cell(text)).append(" |\n");
    }

    private String value(double number) {
        String unit = report.goal().unit();
        return MetricValues.format(number) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** One line, with the characters that would start a link or emphasis escaped. */
    private static String inline(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("([\\\\\\[\\]*_`<>])", "\\\\$1");
    }
}
