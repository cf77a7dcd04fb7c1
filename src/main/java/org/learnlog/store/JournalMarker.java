package org.learnlog.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.learnlog.model.Note;

/**
 * The small file {@code journal.marker} beside the journal: the journal file's size and its count of
 * note writes, as of the newest write and of a clean close. H2 opens a file that lost its end without
 * a word, showing an older state; comparing with the marker is how {@link SafeOpen} notices.
 */
public final class JournalMarker implements NoteChanges {
    private static final System.Logger LOG = System.getLogger(JournalMarker.class.getName());
    static final String NAME = "journal.marker";

    private final Path dataDir;
    private volatile long writes;

    JournalMarker(Path dataDir, long writes) {
        this.dataDir = dataDir;
        this.writes = writes;
    }

    Path dataDir() {
        return dataDir;
    }

    /** What the marker said when the journal was last written or closed; clean if it was closed since. */
    record Mark(long size, long writes, boolean clean) {
    }

    static Optional<Mark> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
            return Optional.of(new Mark(Long.parseLong(properties.getProperty("size")),
                    Long.parseLong(properties.getProperty("writes")), Boolean.parseBoolean(properties.getProperty("clean"))));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The journal marker " + file + " can't be read; it is written again", e);
            return Optional.empty();
        }
    }

    @Override
    public void saved(Note note, long count) {
        record(count, false);
    }

    @Override
    public void savedAll(List<Note> notes, long firstCount) {
        record(firstCount + notes.size() - 1, false);
    }

    @Override
    public void deleted(UUID id, long count) {
        record(count, false);
    }

    /** After a clean close, when H2 may have made the file smaller; nothing may change it until the next open. */
    void closed() {
        record(writes, true);
    }

    /** Never throws: the marker only helps to notice damage, and a write it missed is caught up at the next one. */
    void record(long count, boolean clean) {
        writes = Math.max(writes, count);
        Path file = dataDir.resolve(NAME);
        Path temp = dataDir.resolve("." + NAME + ".tmp");
        Properties properties = new Properties();
        try {
            properties.setProperty("size", Long.toString(Files.size(DataDirectory.databaseFile(dataDir))));
            properties.setProperty("writes", Long.toString(writes));
            properties.setProperty("clean", Boolean.toString(clean));
            try (Writer out = Files.newBufferedWriter(temp)) {
                properties.store(out, "Learnlog: the journal file's size and note writes, to notice a damaged file");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Can't update the journal marker " + file, e);
        }
    }
}
