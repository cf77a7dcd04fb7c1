package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalExport;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = {"Export the journal as Markdown: notes/YYYY/MM/*.md (one file per note,",
        "with front matter), goals/<slug>.md and a README.md index. `import` reads it back without loss."})
final class ExportCommand extends JournalCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR",
            description = "An empty or new folder, or an earlier export to update.")
    private Path folder;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    private String tag;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Only notes linked to this goal.")
    private String goal;

    @Override
    void run(JournalServices services, PrintWriter out) {
        String slug = goal == null ? null : services.goals().find(goal).slug();
        JournalExport.Result result = services.journalExport().export(new NoteFilter(tag, slug, null), folder);
        out.println("Exported " + count(result.notes(), "note") + ", " + count(result.goals(), "goal") + " and "
                + count(result.aids(), "aid") + " to " + result.folder());
    }

    private static String count(int count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }
}
