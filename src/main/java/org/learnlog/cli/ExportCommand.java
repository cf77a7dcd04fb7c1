package org.learnlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.learnlog.model.Note;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write one Markdown file (with front matter) per note into a folder.")
final class ExportCommand extends JournalCommand {
    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder (created if needed).")
    private Path folder;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only notes with this tag.")
    private String tag;

    @Option(names = "--goal", paramLabel = "SLUG", description = "Only notes linked to this goal.")
    private String goal;

    @Override
    void run(JournalServices services, PrintWriter out) {
        String slug = goal == null ? null : services.goals().find(goal).slug();
        List<Note> notes = services.journal().load(new NoteFilter(tag, slug, null));
        List<Path> files = services.export().toFolder(notes, folder);
        out.println("Exported " + files.size() + (files.size() == 1 ? " note to " : " notes to ")
                + folder.toAbsolutePath().normalize());
    }
}
