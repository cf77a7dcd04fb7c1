package org.learnlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Deletion;
import org.learnlog.service.JournalServices;
import org.learnlog.service.Trash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = {"Move notes to the trash, where they stay 30 days.",
        "`learnlog trash --restore ID` brings one back."})
final class DeleteCommand extends JournalCommand {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "The notes' ids, or their starts as `list` prints them.")
    private List<String> ids;

    @Override
    void run(JournalServices services, PrintWriter out) {
        List<UUID> found = ids.stream().map(id -> services.notes().findByShortId(id).id()).distinct().toList();
        Deletion deletion = services.trash().delete(found);
        int count = deletion.notes().size();
        out.println("Moved " + count + (count == 1 ? " note" : " notes") + " to the trash; it keeps them "
                + Trash.KEPT.toDays() + " days.");
    }
}
