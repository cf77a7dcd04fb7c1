package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.TeamLibrary;

/**
 * What the journal keeps of its team libraries: where each is, the item versions the user last looked
 * at, the user's feedback, and the adopted items. The libraries' own files are not in the journal.
 */
public final class LibraryRepository {
    private final Database database;

    public LibraryRepository(Database database) {
        this.database = database;
    }

    /** @return false if a library of that name exists already */
    public boolean add(TeamLibrary library) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO library (name, location, is_git, added_at, token_file) SELECT ?, ?, ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM library WHERE name = ?)")) {
                insert.setString(1, library.name());
                insert.setString(2, library.location());
                insert.setBoolean(3, library.git());
                Columns.setInstant(insert, 4, library.added());
                insert.setString(5, library.tokenFile().orElse(null));
                insert.setString(6, library.name());
                return insert.executeUpdate() == 1;
            }
        });
    }

    public List<TeamLibrary> all() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, location, is_git, added_at, synced_at, token_file FROM library ORDER BY name");
                 ResultSet rows = select.executeQuery()) {
                List<TeamLibrary> libraries = new ArrayList<>();
                while (rows.next()) {
                    OffsetDateTime synced = rows.getObject("synced_at", OffsetDateTime.class);
                    libraries.add(new TeamLibrary(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                            Columns.getInstant(rows, "added_at"), Optional.ofNullable(synced).map(OffsetDateTime::toInstant),
                            Optional.ofNullable(rows.getString("token_file"))));
                }
                return libraries;
            }
        });
    }

    public Optional<TeamLibrary> find(String name) {
        return all().stream().filter(library -> library.name().equals(name)).findFirst();
    }

    /** Forgets the library, with what the user saw, said and adopted from it; the journal's copies stay. */
    public void remove(String name) {
        update("DELETE FROM library WHERE name = ?", statement -> statement.setString(1, name));
    }

    /** Where the library's token is kept from now on: a file's path, or none. */
    public void tokenFile(String name, String file) {
        update("UPDATE library SET token_file = ? WHERE name = ?", statement -> {
            statement.setString(1, file);
            statement.setString(2, name);
        });
    }

    public void synced(String name, Instant when) {
        update("UPDATE library SET synced_at = ? WHERE name = ?", statement -> {
            Columns.setInstant(statement, 1, when);
            statement.setString(2, name);
        });
    }

    /** The version of each item the user last looked at in {@code library}. */
    public Map<UUID, Integer> seen(String library) {
        return versions("SELECT item_id, version FROM library_seen WHERE library = ?", library);
    }

    /** Records that the user has looked at these versions of the library's items. */
    public void see(String library, Map<UUID, Integer> versions) {
        database.write(connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO library_seen (library, item_id, version) KEY (library, item_id) VALUES (?, ?, ?)")) {
                for (Map.Entry<UUID, Integer> seen : versions.entrySet()) {
                    merge.setString(1, library);
                    merge.setObject(2, seen.getKey());
                    merge.setInt(3, seen.getValue());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            return null;
        });
    }

    public void saveFeedback(String library, LibraryFeedback feedback) {
        update("MERGE INTO library_feedback (library, item_id, used, helped, comment, updated_at) KEY (library, item_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", statement -> {
                    statement.setString(1, library);
                    statement.setObject(2, feedback.item());
                    statement.setBoolean(3, feedback.used());
                    statement.setBoolean(4, feedback.helped());
                    statement.setString(5, feedback.comment());
                    Columns.setInstant(statement, 6, feedback.updated());
                });
    }

    /** The version of each item adopted from {@code library} that the journal's copy holds. */
    public Map<UUID, Integer> adopted(String library) {
        return versions("SELECT item_id, version FROM library_adoption WHERE library = ?", library);
    }

    /** The newest version of each adopted item the user chose not to take. */
    public Map<UUID, Integer> kept(String library) {
        return versions("SELECT item_id, kept_version FROM library_adoption WHERE library = ?", library);
    }

    /** Records that the journal's copy of {@code item} holds {@code version} of it. */
    public void adopt(String library, UUID item, int version) {
        update("MERGE INTO library_adoption (library, item_id, version) KEY (library, item_id) VALUES (?, ?, ?)",
                statement -> {
                    statement.setString(1, library);
                    statement.setObject(2, item);
                    statement.setInt(3, version);
                });
    }

    /** Records that the user keeps their own copy over {@code version}. */
    public void keep(String library, UUID item, int version) {
        update("UPDATE library_adoption SET kept_version = ? WHERE library = ? AND item_id = ?", statement -> {
            statement.setInt(1, version);
            statement.setString(2, library);
            statement.setObject(3, item);
        });
    }

    private Map<UUID, Integer> versions(String sql, String library) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, library);
                Map<UUID, Integer> versions = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.put(rows.getObject(1, UUID.class), rows.getInt(2));
                    }
                }
                return versions;
            }
        });
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Parameters parameters) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }
}
