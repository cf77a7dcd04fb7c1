package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.NoteSummary;
import org.learnlog.model.NoteFilter;

/**
 * A journal written by the code of each schema version opens with today's code, keeps its note and
 * is backed up before its migration. The fixtures were made by building the last commit of each
 * version and running its {@code learnlog add}: V1–V6 with H2 2.5.252, the version those commits
 * used, and V7 to V13 with 2.3.232, by the commits that added them (V9 to V13
 * compacted with SHUTDOWN COMPACT).
 */
class UpgradeFixturesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void aJournalOfEachSchemaVersionOpensWithItsNote(int version) throws Exception {
        try (InputStream fixture = getClass().getResourceAsStream("fixtures/journal-v" + version + ".mv.db")) {
            Files.copy(fixture, DataDirectory.databaseFile(dir));
        }

        try (Database database = Database.openFile(dir)) {
            List<NoteSummary> notes = new NoteRepository(database).list(NoteFilter.tag("fixture"), 10);
            assertEquals(List.of("Written by schema version " + version), notes.stream().map(NoteSummary::title).toList());
            assertEquals(List.of("fixture"), notes.get(0).tags(), "the list's tags, kept in the row since V9");
        }
        boolean current = version == 13;
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertEquals(current ? 0 : 1, backups.filter(f -> f.getFileName().toString().startsWith("before-migration-")).count());
        } catch (java.nio.file.NoSuchFileException e) {
            assertTrue(current, "a migrated journal was backed up first");
        }
    }
}
