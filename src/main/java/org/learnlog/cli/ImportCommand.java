package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.learnlog.service.ImportFormat;
import org.learnlog.service.ImportReport;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", description = {"Import notes from a Learnlog export, Markdown, Obsidian, Joplin or jrnl.",
        "Reads a Learnlog export, plain Markdown (a TIL repository), an Obsidian vault, a Joplin Markdown + Front",
        "Matter export, or a jrnl JSON export.",
        "Importing the same folder again changes nothing. Prints what happened to each file that was not unchanged,",
        "and exits with 4 if it skipped any."})
final class ImportCommand extends JournalCommand {
    @Option(names = "--from", required = true, paramLabel = "PATH",
            description = "The folder to import, one Markdown file, or the JSON file of `jrnl --export json`.")
    private Path folder;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}; by default told from the folder's shape.")
    private ImportFormat format;

    private boolean skipped;

    @Override
    void run(JournalServices services, PrintWriter out) {
        ImportReport report = services.journalImport().importFrom(folder, format, Progress.NONE);
        for (ImportReport.Entry entry : report.entries()) {
            if (entry.outcome() != Outcome.UNCHANGED) {
                out.println(entry.outcome().label() + "  " + entry.path()
                        + (entry.detail().isEmpty() ? "" : "  " + entry.detail()));
            }
        }
        out.println(report.summary());
        skipped = report.count(Outcome.SKIPPED) > 0;
    }

    @Override
    int exitCode() {
        return skipped ? ExitCodes.PARTLY_DONE : ExitCodes.OK;
    }
}
