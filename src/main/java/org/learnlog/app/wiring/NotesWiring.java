package org.learnlog.app.wiring;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.learnlog.model.Aid;
import org.learnlog.service.Notes;
import org.learnlog.service.PreviewPages;
import org.learnlog.ui.AfterPulse;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.editor.DraftRecovery;
import org.learnlog.ui.editor.EditorModel;
import org.learnlog.ui.editor.MarkdownPreview;
import org.learnlog.ui.editor.NoteEditorController;
import org.learnlog.ui.editor.EditorPage;
import org.learnlog.ui.editor.NoteAttachments;
import org.learnlog.ui.editor.NoteLinking;
import org.learnlog.ui.journal.AidMaking;
import org.learnlog.ui.journal.CloseGuard;
import org.learnlog.ui.journal.CommandsController;
import org.learnlog.ui.journal.FilterBarController;
import org.learnlog.ui.journal.FirstFrame;
import org.learnlog.ui.journal.HeatmapController;
import org.learnlog.ui.journal.JournalMenu;
import org.learnlog.ui.journal.MainWindowController;
import org.learnlog.ui.journal.NoteActions;
import org.learnlog.ui.journal.NoteListController;
import org.learnlog.ui.journal.NoteListModel;
import org.learnlog.ui.journal.SidebarController;
import org.learnlog.ui.journal.QuickCapture;
import org.learnlog.ui.journal.ResurfaceController;
import org.learnlog.ui.journal.ResurfaceModel;
import org.learnlog.ui.journal.SidebarModel;
import org.learnlog.ui.journal.TagRenaming;
import org.learnlog.ui.journal.StatusBarController;

/** The notes feature: the list, the sidebar and heatmap, the editor, the menus, and the recovery of unsaved text. */
final class NotesWiring {
    final NoteListModel list;
    final SidebarModel sidebar;
    final EditorModel editor;
    final NoteActions actions;
    final MarkdownPreview preview;
    private final Shared shared;
    private final DraftRecovery drafts;
    private final TagRenaming tagRenaming;
    private final EditorPage page;
    private final ResurfaceModel resurface;
    final QuickCapture capture;

    /** {@code noteSources} holds the notes and drafts services the editor and the recovery use too. */
    NotesWiring(NoteActions.Sources noteSources, SidebarModel.Sources sidebarSources, PreviewPages pages,
                Shared shared) {
        this.shared = shared;
        Notes notes = noteSources.notes();
        list = new NoteListModel(notes, shared.background(), shared.navigation(), shared.events(), shared.status());
        sidebar = new SidebarModel(sidebarSources, shared.background(), shared.events(), shared.status());
        editor = new EditorModel(notes, noteSources.drafts(), shared.background(), shared.messages(), shared.events());
        actions = new NoteActions(noteSources, shared.background(), shared.events(), shared.status(), shared.folders(),
                shared.messages());
        preview = new MarkdownPreview(pages, shared.background(), shared.messages());
        capture = new QuickCapture(notes, shared.background(), shared.events(), shared.status(), shared.messages());
        tagRenaming = new TagRenaming(notes.tagRenames(), shared.background(), shared.events(), shared.status(),
                shared.navigation(), shared.messages());
        page = new EditorPage(new NoteLinking(notes, editor, shared.background(), shared.events(), shared.windows(),
                shared.status(), shared.messages()), new NoteAttachments(notes.attachments(), shared.background(),
                shared.folders(), shared.status(), shared.messages()), shared.messages());
        resurface = new ResurfaceModel(notes.resurfacing(), list, shared.background(), shared.events(), shared.status(),
                shared.messages());
        drafts = new DraftRecovery(noteSources.drafts(), notes, editor, shared.background(), shared.windows(),
                shared.events(), shared.messages());
    }

    /** The controllers of the main window's own views. */
    void register(ControllerFactory.Builder controllers, JournalMenu menu, BooleanProperty darkTheme,
                  BiConsumer<Window, Aid> openAid, AidMaking makeAid) {
        controllers.add(MainWindowController.class, () -> new MainWindowController(shared.navigation(), editor))
                .add(CommandsController.class, () -> new CommandsController(menu, actions, list, shared.navigation(),
                        darkTheme, shared.messages()))
                .add(NoteListController.class, () -> new NoteListController(list, editor, actions, shared.messages()))
                .add(FilterBarController.class, () -> new FilterBarController(list, shared.navigation(),
                        shared.messages()))
                .add(HeatmapController.class, () -> new HeatmapController(sidebar, list, shared.navigation(), shared.messages()))
                .add(SidebarController.class, () -> new SidebarController(sidebar, list, shared.navigation(), openAid,
                        tagRenaming, shared.windows(), shared.messages()))
                .add(NoteEditorController.class, () -> new NoteEditorController(editor, sidebar.goals(), sidebar.tags(),
                        preview, page, shared.messages()))
                .add(ResurfaceController.class, () -> new ResurfaceController(resurface, editor, makeAid,
                        shared.messages()))
                .add(StatusBarController.class, () -> new StatusBarController(shared.status(), shared.work()));
    }

    /** Once the stage has the window: the note on screen is saved before it closes. */
    void attach(Stage stage) {
        new CloseGuard(editor, shared.windows(), shared.messages()).install(stage);
        list.load();
        sidebar.load();
        resurface.load();
    }

    /**
     * What was typed into the first frame becomes the new note in {@code scene}'s editor, with the cursor
     * in the field it was in (the title if nothing was typed), before any key that comes meanwhile, and
     * again within the scene's first pulse, which gives the focus to its first field.
     */
    void carryOver(FirstFrame.Typed typed, Scene scene) {
        if (!typed.isEmpty()) {
            editor.fields().title().set(typed.title());
            editor.fields().body().set(typed.body());
        }
        Runnable focus = () -> {
            if (scene.lookup(typed.inBody() ? "#bodyArea" : "#titleField") instanceof TextInputControl input) {
                input.requestFocus();
                input.end();
            }
        };
        // The editor is in the scene only once the split panes' skins are made: make them now, not at the pulse.
        scene.getRoot().applyCss();
        focus.run();
        AfterPulse.within(scene, focus);
    }

    /** Once the window is on screen: unsaved text from a crash is offered back. */
    void shown(Window window) {
        drafts.offer(window);
    }
}
