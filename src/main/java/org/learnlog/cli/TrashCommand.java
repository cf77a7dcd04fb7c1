package org.learnlog.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnlog.model.TrashedNote;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;
import org.learnlog.service.NotFoundException;
import org.learnlog.service.Trash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "trash", description = {"List the deleted notes, kept 30 days, or put them back.",
        "Each line: the day deleted, short id, title and tags. --restore puts notes back;",
        "--empty --yes deletes them all for good."})
final class TrashCommand extends JournalCommand {
    @Option(names = "--restore", paramLabel = "ID", arity = "1..*", description = "Put these notes back (ids or their starts).")
    private List<String> restore;

    @Option(names = "--empty", description = "Delete everything in the trash for good (with --yes).")
    private boolean empty;

    @Option(names = "--yes", description = "Confirm --empty.")
    private boolean confirmed;

    @Override
    void run(JournalServices services, PrintWriter out) {
        Trash trash = services.trash();
        trash.emptyExpired();
        if (empty) {
            if (!confirmed) {
                throw new InvalidInputException("This deletes the " + trash.list().size()
                        + " notes in the trash for good. Add --yes to do it.");
            }
            out.println("Deleted " + trash.empty() + " notes for good.");
        } else if (restore != null) {
            List<TrashedNote> inTrash = trash.list();
            List<UUID> ids = restore.stream().map(id -> find(inTrash, id)).distinct().toList();
            Trash.Restored restored = trash.restore(ids);
            restored.notes().forEach(note -> out.println("Restored " + note.id().toString().substring(0, 8) + "  " + note.title()));
            if (restored.left() > 0) {
                throw new InvalidInputException(restored.left() + " stayed in the trash: a note with the same id is in the "
                        + "journal again.");
            }
        } else {
            trash.list().forEach(trashed -> out.println(line(trashed)));
        }
    }

    private static UUID find(List<TrashedNote> inTrash, String shortId) {
        String prefix = shortId.strip().toLowerCase();
        List<UUID> matches = inTrash.stream().map(trashed -> trashed.note().id())
                .filter(id -> prefix.length() >= 4 && id.toString().startsWith(prefix)).toList();
        if (matches.size() != 1) {
            throw new NotFoundException(matches.isEmpty() ? "No note in the trash has the id " + shortId + "."
                    : "More than one note in the trash starts with " + shortId + "; give more of the id.");
        }
        return matches.get(0);
    }

    private static String line(TrashedNote trashed) {
        String tags = trashed.note().tags().stream().map(t -> "#" + t).collect(Collectors.joining(" "));
        return trashed.deleted().atZone(ZoneId.systemDefault()).toLocalDate() + "  "
                + trashed.note().id().toString().substring(0, 8) + "  " + trashed.note().title()
                + (tags.isEmpty() ? "" : "  " + tags);
    }
}
