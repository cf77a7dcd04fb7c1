package org.learnlog.ui.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.learnlog.model.NoteFilter;
import org.learnlog.service.CancelledException;
import org.learnlog.service.ImportFormat;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.service.ImportReport;
import org.learnlog.service.JournalExport;
import org.learnlog.service.JournalImport;
import org.learnlog.ui.Background;
import org.learnlog.ui.FilePicker;
import org.learnlog.ui.FolderPicker;
import org.learnlog.ui.JournalEvents;
import org.learnlog.ui.LongWork;
import org.learnlog.ui.Messages;
import org.learnlog.ui.StatusLine;
import org.learnlog.ui.Windows;

/** Exports the journal (or, if the user says so, the list's notes) to a folder and imports folders, with progress and Cancel. */
public final class JournalTransfer {
    private final JournalImport imports;
    private final JournalExport exports;
    private final Background background;
    private final Pickers pickers;
    private final LongWork work;
    private final Feedback feedback;
    private final Messages messages;

    /** The system's choosers: a folder, and jrnl's JSON file. */
    public record Pickers(FolderPicker folders, FilePicker files) {
    }

    /** Where the user hears of it: the status line, the list's filter, the screens that reload after an import. */
    public record Feedback(StatusLine status, NoteListModel list, JournalEvents events, Windows windows) {
    }

    public JournalTransfer(JournalImport imports, JournalExport exports, Background background, Pickers pickers,
                           LongWork work, Feedback feedback, Messages messages) {
        this.imports = imports;
        this.exports = exports;
        this.background = background;
        this.pickers = pickers;
        this.work = work;
        this.feedback = feedback;
        this.messages = messages;
    }

    /** Exports the journal with every goal; from a filtered list, asks whether only the notes it shows. */
    public void exportJournal(Window owner) {
        NoteFilter shown = feedback.list().filterProperty().get();
        Optional<NoteFilter> which = shown.equals(NoteFilter.all()) ? Optional.of(shown) : askWhich(owner, shown);
        which.ifPresent(filter -> pickers.folders().pick(owner, messages.text("transfer.exportChooser"))
                .filter(folder -> startWork()).ifPresent(folder -> export(filter, folder)));
    }

    private Optional<NoteFilter> askWhich(Window owner, NoteFilter shown) {
        ButtonType only = new ButtonType(messages.text("transfer.exportOnlyThese"), ButtonBar.ButtonData.OK_DONE);
        ButtonType all = new ButtonType(messages.text("transfer.exportAll"), ButtonBar.ButtonData.OTHER);
        return feedback.windows().ask(owner, Alert.AlertType.CONFIRMATION, null,
                        messages.text("transfer.exportWhich", FilterWords.of(shown, messages)),
                        List.of(only, all, ButtonType.CANCEL), only, "exportOnlyThese")
                .flatMap(answer -> answer == only ? Optional.of(shown)
                        : answer == all ? Optional.of(NoteFilter.all()) : Optional.empty());
    }

    private void export(NoteFilter filter, Path folder) {
        String only = filter.equals(NoteFilter.all()) ? ""
                : messages.text("transfer.exportedOnly", FilterWords.of(filter, messages)) + " ";
        background.read(() -> exports.export(filter, folder, work, false))
                .onSuccess(result -> {
                    work.finish();
                    feedback.status().report(only + messages.text("transfer.exported", result.notes(), result.goals(),
                            result.aids(), result.folder()) + (result.removed().isEmpty() ? ""
                            : ". " + messages.text("transfer.exportRemoved", result.removed().size()))
                            + (result.kept().isEmpty() ? "" : (result.removed().isEmpty() ? ". " : " ")
                            + messages.text("transfer.exportKept", result.kept().size(), result.kept().get(0))));
                })
                .onError(failure -> ended("action.export", failure));
    }

    public void importFolder(Window owner) {
        pickers.folders().pick(owner, messages.text("transfer.importChooser")).ifPresent(folder -> runImport(owner, folder, null));
    }

    /** Imports the JSON file that {@code jrnl --export json} writes. */
    public void importJrnl(Window owner) {
        pickers.files().pick(owner, messages.text("transfer.jrnlChooser")).ifPresent(file -> runImport(owner, file, ImportFormat.JRNL));
    }

    private void runImport(Window owner, Path source, ImportFormat format) {
        if (!startWork()) {
            return;
        }
        background.write(() -> imports.importFrom(source, format, work))
                .onSuccess(report -> {
                    work.finish();
                    feedback.status().report(report.summary());
                    feedback.events().publish(new JournalEvents.JournalReplaced());
                    if (report.count(Outcome.SKIPPED) + report.count(Outcome.CONFLICT) > 0) {
                        showDetails(owner, report);
                    }
                })
                .onError(failure -> {
                    ended("action.import", failure);
                    feedback.events().publish(new JournalEvents.JournalReplaced());
                });
    }

    /** One import or export at a time: a second one waits for the user, not for the first. */
    private boolean startWork() {
        boolean started = work.start();
        if (!started) {
            feedback.status().report(messages.text("transfer.busy"));
        }
        return started;
    }

    private void ended(String actionKey, Throwable failure) {
        work.finish();
        if (failure instanceof CancelledException) {
            feedback.status().report(failure.getMessage());
        } else {
            feedback.status().failed(actionKey, failure);
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
        Alert alert = feedback.windows().inform(owner, Alert.AlertType.INFORMATION, report.summary(), "");
        alert.getDialogPane().setContent(text);
    }
}
