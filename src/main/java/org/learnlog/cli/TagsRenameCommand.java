package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.service.JournalServices;
import org.learnlog.service.TagRenames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", description = {"Rename a tag in every note that carries it, and the tags nested under it.",
        "If NEW is a tag already, the two are merged into NEW."})
final class TagsRenameCommand extends JournalCommand {
    @Parameters(index = "0", paramLabel = "OLD", description = "The tag to rename.")
    private String from;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name, or a tag to merge it into.")
    private String to;

    @Override
    void run(JournalServices services, PrintWriter out) {
        TagRenames.Renamed renamed = services.notes().tagRenames().rename(from, to);
        int count = renamed.notes().size();
        out.println((renamed.merged() ? "Merged " + from + " into " : "Renamed " + from + " to ") + renamed.tag() + " in "
                + count + (count == 1 ? " note." : " notes."));
    }
}
