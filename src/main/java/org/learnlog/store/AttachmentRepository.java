package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.learnlog.model.Attachment;

/** Files attached to notes, kept in the journal by their content's id (V13). */
public final class AttachmentRepository {
    private final Database database;

    /** The attachments of the journal {@code notes} keeps. */
    public AttachmentRepository(NoteRepository notes) {
        this.database = notes.database;
    }

    /** Keeps the file, unless the journal has it already (same content, same id): then the one kept is returned. */
    public Attachment save(Attachment attachment, byte[] content) {
        return database.write(connection -> {
            Optional<Attachment> kept = find(connection, attachment.id());
            if (kept.isPresent()) {
                return kept.get();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attachment "
                    + "(id, name, media_type, size, content, added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, attachment.id());
                insert.setString(2, attachment.name());
                insert.setString(3, attachment.mediaType());
                insert.setLong(4, content.length);
                insert.setBytes(5, content);
                Columns.setInstant(insert, 6, attachment.added());
                insert.executeUpdate();
            }
            return attachment;
        });
    }

    public Optional<Attachment> find(String id) {
        return database.read(connection -> find(connection, id));
    }

    /** The file's bytes, if the journal has it. */
    public Optional<byte[]> content(String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT content FROM attachment WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<Attachment> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, media_type, size, added_at FROM attachment WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Attachment(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getLong(4), Columns.getInstant(rows, "added_at"))) : Optional.empty();
            }
        }
    }
}
