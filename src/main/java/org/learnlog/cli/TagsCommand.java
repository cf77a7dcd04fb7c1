package org.learnlog.cli;

import java.io.PrintWriter;
import org.learnlog.model.TagCount;
import org.learnlog.service.JournalServices;
import picocli.CommandLine.Command;

@Command(name = "tags", description = {"List the tags the notes carry, with how many notes carry each.",
        "Sorted by name, so nested tags (java/concurrency) follow their parent."},
        subcommands = {TagsRenameCommand.class})
final class TagsCommand extends JournalCommand {

    @Override
    void run(JournalServices services, PrintWriter out) {
        for (TagCount tag : services.notes().tagsInUse()) {
            out.println(tag.name() + "  " + tag.count());
        }
    }
}
