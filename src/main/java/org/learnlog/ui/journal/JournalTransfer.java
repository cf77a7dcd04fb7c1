package org.learnlog.ui.journal;

import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.learnlog.service.CancelledException;
import java.nio.file.Path;
import org.learnlog.service.ImportFormat;
import org.learnlog.service.ImportReport;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.service.JournalServices;
import org.learnlog.ui.Background;
import org.learnlog.ui.FilePicker;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;

/** Exports the journal (or the list's filter) to a folder and imports folders, with progress and Cancel. */
public final class JournalTransfer {
    private final JournalServices services;
    private final NoteListModel journal;
    private final Background background;
    private final FolderPicker folders;
    private final FilePicker files;
    private final LongWork work;
    private final Messages messages;

    public JournalTransfer(JournalServices services, NoteListModel journal, Background background, FolderPicker folders,
                           FilePicker files, LongWork work, Messages messages) {
        this.files = files;
        this.services = services;
        this.journal = journal;
        this.background = background;
        this.folders = folders;
        this.work = work;
        this.messages = messages;
    }

    /** Exports the notes the list shows (all of them under All notes) with every goal. */
    void exportJournal(Window owner) {
        var filter = journal.filterProperty().get();
        folders.pick(owner, messages.text("transfer.exportChooser")).filter(folder -> startWork()).ifPresent(folder ->
                background.read(() -> services.journalExport().export(filter, folder, work, false))
                        .onSuccess(result -> {
                            work.finish();
                            journal.report(messages.text("transfer.exported", result.notes(), result.goals(),
                                    result.aids(), result.folder()) + (result.removed().isEmpty() ? ""
                                    : ". " + messages.text("transfer.exportRemoved", result.removed().size()))
                                    + (result.kept().isEmpty() ? "" : (result.removed().isEmpty() ? ". " : " ")
                                    + messages.text("transfer.exportKept",
                                    result.kept().size(), result.kept().get(0))));
                        })
                        .onError(failure -> ended("action.export", failure)));
    }

    void importFolder(Window owner) {
        folders.pick(owner, messages.text("transfer.importChooser")).ifPresent(folder -> runImport(owner, folder, null));
    }

    /** Imports the JSON file that {@code jrnl --export json} writes. */
    void importJrnl(Window owner) {
        files.pick(owner, messages.text("transfer.jrnlChooser")).ifPresent(file -> runImport(owner, file, ImportFormat.JRNL));
    }

    private void runImport(Window owner, Path source, ImportFormat format) {
        if (!startWork()) {
            return;
        }
        background.write(() -> services.journalImport().importFrom(source, format, work))
                .onSuccess(report -> {
                    work.finish();
                    journal.report(report.summary());
                    journal.refresh();
                    if (report.count(Outcome.SKIPPED) + report.count(Outcome.CONFLICT) > 0) {
                        showDetails(owner, report);
                    }
                })
                .onError(failure -> {
                    ended("action.import", failure);
                    journal.refresh();
                });
    }

    /** One import or export at a time: a second one waits for the user, not for the first. */
    private boolean startWork() {
        boolean started = work.start();
        if (!started) {
            journal.report(messages.text("transfer.busy"));
        }
        return started;
    }

    private void ended(String actionKey, Throwable failure) {
        work.finish();
        if (failure instanceof CancelledException) {
            journal.report(failure.getMessage());
        } else {
            journal.failed(actionKey, failure);
        }
    }

    /** Lists the files that need the user's eye: skipped ones with the reason, and conflicts. */
    private void showDetails(Window owner, ImportReport report) {
        String details = report.entries().stream()
                .filter(entry -> entry.outcome() == Outcome.SKIPPED || entry.outcome() == Outcome.CONFLICT)
                .map(entry -> entry.outcome().label() + "  " + entry.path()
                        + "\n    " + entry.detail())
                .collect(Collectors.joining("\n"));
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("importDetails");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.text("transfer.reportTitle"));
        alert.setHeaderText(report.summary());
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
