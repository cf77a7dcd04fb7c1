package org.learnlog.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.learnlog.model.TagCount;
import org.learnlog.model.Tags;

/** Tags that notes carry, for the sidebar and for suggestions while typing. */
public final class TagRepository {
    private final Database database;

    public TagRepository(Database database) {
        this.database = database;
    }

    /** Keeps the tag {@code key} names with the spelling {@code name} from now on (the same key, other capitals). */
    public void respell(String name) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE tag SET name = ? WHERE name_key = ?")) {
                update.setString(1, name);
                update.setString(2, Tags.key(name));
                return (long) update.executeUpdate();
            }
        });
    }

    /** Every tag that at least one note carries, with its count, in name order. */
    public List<TagCount> inUse() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT t.name, COUNT(*) FROM tag t JOIN note_tag nt ON nt.tag_id = t.id "
                            + "GROUP BY t.id, t.name, t.name_key ORDER BY t.name_key");
                 ResultSet rows = select.executeQuery()) {
                List<TagCount> tags = new ArrayList<>();
                while (rows.next()) {
                    tags.add(new TagCount(rows.getString(1), rows.getInt(2)));
                }
                return tags;
            }
        });
    }
}
