package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalExport;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = {"Export the journal as Markdown, which `import` reads back without loss.",
        "Writes notes/YYYY/MM/*.md (one file per note, with front matter), goals/<slug>.md and a README.md index.",
        "Exporting into an earlier export updates it: files edited by hand since are kept and listed,",
        "and files of notes no longer exported are removed."})
final class ExportCommand extends JournalCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR",
            description = "An empty or new folder, or an earlier export to update.")
    private Path folder;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    private String tag;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Only notes linked to this goal.")
    private String goal;

    @Option(names = "--force", description = "Write over files edited by hand since the last export, and remove those "
            + "whose notes are no longer exported.")
    private boolean force;

    private boolean keptSome;

    @Override
    void run(JournalServices services, PrintWriter out) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + " is a file. Give a folder to export into: an empty or new one, or "
                    + "an earlier export.");
        }
        String slug = goal == null ? null : services.goals().find(goal).slug();
        JournalExport.Result result = services.journalExport().export(new NoteFilter(tag, slug, null), folder,
                Progress.NONE, force);
        result.removed().forEach(path -> out.println("removed  " + path + "  (no longer exported)"));
        result.kept().forEach(path -> out.println("kept     " + path + "  (edited by hand since the last export)"));
        out.println("Exported " + count(result.notes(), "note") + ", " + count(result.goals(), "goal") + " and "
                + count(result.aids(), "aid") + " to " + result.folder()
                + (result.kept().isEmpty() ? "" : "; kept " + count(result.kept().size(), "file")
                + " edited by hand, which --force writes over"));
        keptSome = !result.kept().isEmpty();
    }

    @Override
    int exitCode() {
        return keptSome ? ExitCodes.PARTLY_DONE : ExitCodes.OK;
    }

    private static String count(int count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }
}
