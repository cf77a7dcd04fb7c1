package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Print one note as Markdown with its front matter.")
final class ShowCommand extends JournalCommand {
    @Parameters(paramLabel = "ID", description = "The note's id, or the start of it as `list` prints it.")
    private String id;

    @Override
    void run(JournalServices services, PrintWriter out) {
        String markdown = services.export().toMarkdown(services.notes().findByShortId(id));
        out.print(markdown.endsWith("\n") ? markdown : markdown + "\n");
    }
}
