package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.app.JournalAssembly;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteKind;
import org.learnlog.service.JournalServices;
import org.learnlog.store.Database;
import org.learnlog.ui.editor.EditorModel;

/**
 * A new note starts from its kind's template: Learnlog's own, or the user's in templates/notes/. Picking
 * another kind before typing swaps it; once typed in, the text stays; an untouched note is never saved.
 */
class NoteTemplatesTest {
    @TempDir
    Path dataDir;

    @AutoClose
    private JournalServices services;

    private EditorModel editor() {
        services = JournalAssembly.over(Database.inMemory(), java.time.Clock.systemUTC(), dataDir);
        return new EditorModel(services.notes(), services.drafts(), new SameThreadBackground(), Messages.load(),
                new JournalEvents());
    }

    @Test
    void pickingAKindBeforeTypingStartsFromItsTemplateAndAnInsightStartsEmpty() {
        EditorModel editor = editor();
        assertEquals("", editor.fields().body().get());

        editor.fields().kind().set(NoteKind.MISTAKE);

        assertTrue(editor.fields().body().get().startsWith("What happened:"), editor.fields().body().get());
        assertFalse(editor.isDirty(), "a template is not an edit");
        editor.save();
        assertTrue(services.notes().load(NoteFilter.all()).isEmpty(), "so an untouched note is not saved");
        editor.fields().kind().set(NoteKind.HOW_TO);
        assertTrue(editor.fields().body().get().startsWith("Steps:"));
        editor.fields().kind().set(NoteKind.INSIGHT);
        assertEquals("", editor.fields().body().get());
    }

    @Test
    void textTypedIsNeverReplacedByATemplate() {
        EditorModel editor = editor();
        editor.fields().kind().set(NoteKind.MISTAKE);
        editor.fields().body().set(editor.fields().body().get() + "I pushed to main.");

        editor.fields().kind().set(NoteKind.QUESTION);

        assertTrue(editor.fields().body().get().endsWith("I pushed to main."));
        assertTrue(editor.isDirty());
    }

    @Test
    void theUsersOwnTemplateInTheDataFolderServes() throws Exception {
        Files.createDirectories(dataDir.resolve("templates/notes"));
        Files.writeString(dataDir.resolve("templates/notes/insight.md"), "## What I learned\n\n## Where I'll use it\n");

        EditorModel editor = editor();

        assertEquals("## What I learned\n\n## Where I'll use it\n", editor.fields().body().get());
        assertFalse(editor.isDirty(), "an untouched new note is not saved");
    }
}
