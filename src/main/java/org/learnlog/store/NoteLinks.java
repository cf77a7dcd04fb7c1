package org.learnlog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.learnlog.model.Tags;

/** Replaces a note's rows in the note↔tag and note↔goal join tables, inside the caller's transaction. */
final class NoteLinks {

    void replaceTags(Connection connection, UUID noteId, List<String> tags) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM note_tag WHERE note_id = ?");
             PreparedStatement create = connection.prepareStatement(
                     "INSERT INTO tag(name, name_key) SELECT ?, ? WHERE NOT EXISTS "
                             + "(SELECT 1 FROM tag WHERE name_key = ?)");
             PreparedStatement link = connection.prepareStatement(
                     "INSERT INTO note_tag(note_id, tag_id) SELECT ?, id FROM tag WHERE name_key = ?")) {
            clear.setObject(1, noteId);
            clear.executeUpdate();
            for (String tag : tags) {
                String key = Tags.key(tag);
                create.setString(1, tag);
                create.setString(2, key);
                create.setString(3, key);
                create.executeUpdate();
                link.setObject(1, noteId);
                link.setString(2, key);
                link.executeUpdate();
            }
        }
    }

    void replaceGoals(Connection connection, UUID noteId, List<String> slugs) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM note_goal WHERE note_id = ?");
             PreparedStatement link = connection.prepareStatement(
                     "INSERT INTO note_goal(note_id, goal_id) SELECT ?, id FROM goal WHERE slug = ?")) {
            clear.setObject(1, noteId);
            clear.executeUpdate();
            for (String slug : slugs) {
                link.setObject(1, noteId);
                link.setString(2, slug);
                if (link.executeUpdate() != 1) {
                    throw new SQLException("There is no goal \"" + slug + "\"");
                }
            }
        }
    }
}
