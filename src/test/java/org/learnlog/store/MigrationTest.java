package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learnlog.model.NoteFilter;
import org.learnlog.model.NoteSummary;

/** A journal made by an earlier schema opens with today's code, is brought up to date, and keeps its data. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneJournalOpensAtTheCurrentSchemaWithItsNotes() throws Exception {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dir);
        Flyway.configure().dataSource(url, "learnlog", "").locations(Database.MIGRATIONS).target("1").load().migrate();
        UUID id = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url, "learnlog", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO note VALUES ('" + id + "', 'From V1', 'body', DATE '2025-03-01', 'INSIGHT', "
                    + "'', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00Z', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00Z')");
            statement.execute("INSERT INTO tag(name, name_key) VALUES ('Git', 'git')");
            statement.execute("INSERT INTO note_tag SELECT '" + id + "', id FROM tag");
        }

        try (Database database = Database.openFile(dir)) {
            assertEquals(List.of("From V1"), new NoteRepository(database).list(NoteFilter.tag("git"), 10)
                    .stream().map(n -> n.title()).toList());
            assertEquals(List.of("AID", "ATTACHMENT", "CHECK_IN", "CHECK_IN_EVIDENCE", "GOAL", "JOURNAL_STATE", "LIBRARY", "LIBRARY_ADOPTION",
                        "LIBRARY_FEEDBACK", "LIBRARY_SEEN", "NOTE", "NOTE_GOAL", "NOTE_LINK", "NOTE_LOOK", "NOTE_TAG", "NOTE_VERSION", "REVIEW", "TAG",
                        "TRASHED_NOTE"),
                    tables(database));
            assertEquals(currentVersion(), database.read(MigrationTest::appliedVersion));
        }
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertEquals(1, backups.filter(f -> f.getFileName().toString().startsWith("before-migration-")).count(),
                    "the file was backed up before its migration");
        }
    }

    @Test
    void aVersionEightJournalKeepsEachNotesTagsInItsListAndItsFileSize() throws Exception {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dir) + ";MAX_COMPACT_TIME=0";
        Flyway.configure().dataSource(url, "learnlog", "").locations(Database.MIGRATIONS).target("8").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "learnlog", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO tag(name, name_key) VALUES ('Zeta', 'zeta'), ('alpha', 'alpha')");
            statement.execute("INSERT INTO note (id, title, short_body, note_date, kind, context, created_at, updated_at, "
                    + "source) SELECT RANDOM_UUID(), 'Note ' || X, REPEAT('body text ', 200), DATE '2025-03-01', 'INSIGHT', "
                    + "'', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '' FROM SYSTEM_RANGE(1, 3000)");
            statement.execute("INSERT INTO note_tag SELECT n.id, t.id FROM note n, tag t");
            statement.execute("SHUTDOWN COMPACT");
        }
        long before = Files.size(DataDirectory.databaseFile(dir));

        try (Database database = Database.openFile(dir)) {
            List<NoteSummary> listed = new NoteRepository(database).list(NoteFilter.all(), 5000);
            assertEquals(3000, listed.size());
            assertTrue(listed.stream().allMatch(note -> note.tags().equals(List.of("alpha", "Zeta"))));
        }
        long after = Files.size(DataDirectory.databaseFile(dir));
        assertTrue(after < before * 2, "the file grew from " + before + " to " + after + " bytes");
    }

    @Test
    void theNewestMigrationIsTheOneAnUpToDateJournalIsRecognisedBy() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/org/learnlog/store/migration"))) {
            int newest = files.map(file -> file.getFileName().toString())
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max(Integer::compare).orElseThrow();
            assertEquals(Integer.toString(newest), SchemaMigrations.LATEST);
        }
        try (Database database = Database.openFile(dir)) {
            assertTrue(database.read(SchemaMigrations::atLatest));
        }
    }

    @Test
    void anUpToDateJournalOpensWithoutABackup() {
        Database.openFile(dir).close();
        Database.openFile(dir).close();

        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void aVersionFourJournalKeepsItsGoalsAndCheckInsAndGainsReviews() throws Exception {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dir);
        Flyway.configure().dataSource(url, "learnlog", "").locations(Database.MIGRATIONS).target("4").load().migrate();
        UUID goal = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection(url, "learnlog", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO goal VALUES ('" + goal + "', 'speed', 'Speed', '', 'turnaround', 'h', "
                    + "'LOWER_IS_BETTER', 20, DATE '2026-01-01', 10, DATE '2026-12-31', 'ACTIVE', DATE '2026-01-01', "
                    + "'WEEKLY', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z')");
            statement.execute("INSERT INTO check_in VALUES ('" + UUID.randomUUID() + "', '" + goal + "', DATE '2026-02-01', "
                    + "15, 'first', TIMESTAMP WITH TIME ZONE '2026-02-01 10:00:00Z')");
        }

        try (Database database = Database.openFile(dir)) {
            assertEquals(List.of(15.0), new CheckInRepository(database).forGoal(goal).stream().map(c -> c.value()).toList());
            assertEquals(List.of(), new ReviewRepository(database).forGoal(goal));
            assertEquals(currentVersion(), database.read(MigrationTest::appliedVersion));
        }
    }

    @Test
    void aVersionSevenJournalKeepsItsBodiesAndAShortOneMovesIntoItsRowAtItsNextSave() throws Exception {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dir);
        Flyway.configure().dataSource(url, "learnlog", "").locations(Database.MIGRATIONS).target("7").load().migrate();
        UUID shortOne = UUID.randomUUID();
        UUID longOne = UUID.randomUUID();
        String longBody = "Long. ".repeat(5_000);
        try (Connection connection = DriverManager.getConnection(url, "learnlog", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO note (id, title, body, note_date, kind, "
                     + "context, created_at, updated_at, source) VALUES (?, ?, ?, DATE '2025-03-01', 'INSIGHT', '', "
                     + "TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00Z', TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00Z', '')")) {
            for (Object[] row : new Object[][] {{shortOne, "Short", "A short body."}, {longOne, "Long", longBody}}) {
                insert.setObject(1, row[0]);
                insert.setString(2, (String) row[1]);
                insert.setString(3, (String) row[2]);
                insert.executeUpdate();
            }
        }

        try (Database database = Database.openFile(dir)) {
            NoteRepository notes = new NoteRepository(database);
            assertEquals("A short body.", notes.find(shortOne).orElseThrow().body());
            assertEquals(longBody, notes.find(longOne).orElseThrow().body());
            notes.save(notes.find(shortOne).orElseThrow());
            notes.save(notes.find(longOne).orElseThrow());

            assertEquals(List.of(true, false), database.read(connection -> List.of(inRow(connection, shortOne),
                    inRow(connection, longOne))));
            assertEquals("A short body.", notes.find(shortOne).orElseThrow().body());
            assertEquals(longBody, notes.find(longOne).orElseThrow().body());
        }
    }

    private static boolean inRow(Connection connection, UUID id) throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT short_body IS NOT NULL AND body IS NULL FROM note WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static int currentVersion() {
        return Flyway.configure().locations(Database.MIGRATIONS).dataSource("jdbc:h2:mem:", "", "").load()
                .info().all().length;
    }

    private static int appliedVersion(Connection connection) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<String> tables(Database database) {
        return database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                         + "WHERE table_schema = 'PUBLIC' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }
}
