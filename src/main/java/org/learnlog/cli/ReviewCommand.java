package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.learnlog.model.ReviewSchedule;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = {"List the goals due for review, or write a goal's review as Markdown.",
        "Without GOAL: list the goals due for review. With GOAL: print its review; with --to, write it",
        "(numbers, check-ins, evidence notes, answers) to a file, its evidence notes beside it."})
final class ReviewCommand extends JournalCommand {
    @Parameters(arity = "0..1", paramLabel = "GOAL", description = "The goal's slug.")
    private String goal;

    @Option(names = "--to", paramLabel = "FILE.md",
            description = "Where to write the review; its evidence notes go into FILE-notes/ beside it.")
    private Path file;

    @Option(names = "--force", description = "Write over the review and its notes if they are there already.")
    private boolean force;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (goal == null) {
            List<ReviewSchedule> due = services.reviews().due();
            if (due.isEmpty()) {
                out.println("No goal is due for review.");
            }
            due.forEach(schedule -> out.println(schedule.goal().slug() + "  " + schedule.goal().title()
                    + "  due since " + schedule.nextDue()));
            return;
        }
        if (file == null) {
            out.print(services.reviewExport().markdown(goal));
            return;
        }
        services.reviewExport().write(goal, file, null, force).forEach(out::println);
    }
}
