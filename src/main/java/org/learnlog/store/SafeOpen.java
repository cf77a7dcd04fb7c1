package org.learnlog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.learnlog.model.JournalKey;

/**
 * Refuses to open a journal file that lost data, before H2 touches it: H2 opens a truncated file as an
 * older state, or as an empty database, and then shrinks it, destroying the rest. A file is damaged if
 * it is empty, if H2 can't read it, or if it holds fewer note writes than {@link JournalMarker}
 * recorded. The damaged file is left in place (so no new journal is made over it) and copied aside.
 */
final class SafeOpen {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SafeOpen() {
    }

    /**
     * Before the real open: cheap. A file smaller than at the last clean close is damaged; one smaller than
     * at the last write before a crash (H2 may shrink a file as it works) is read read-only to tell.
     */
    static void checkBefore(Path dataDir, Optional<JournalMarker.Mark> mark, JournalKey key) {
        Path file = DataDirectory.databaseFile(dataDir);
        long size = size(file);
        if (size == 0) {
            throw damaged(dataDir, "it is empty", null);
        }
        if (mark.isPresent() && mark.get().clean() && size < mark.get().size()) {
            // Nothing makes a closed journal file smaller: it lost its end.
            throw damaged(dataDir, "it is smaller than when Learnlog last closed it (" + size + " of " + mark.get().size()
                    + " bytes)", null);
        }
        if (mark.isPresent() && size < mark.get().size()) {
            long writes;
            try {
                writes = readOnlyWrites(dataDir, key);
            } catch (SQLException e) {
                if (H2Errors.isAlreadyOpen(e)) {
                    // A running Learnlog may have made its file smaller; it is in use, not damaged.
                    throw new JournalLockedException(e);
                }
                if (H2Errors.hasCode(e, H2Errors.WRONG_FILE_PASSWORD)) {
                    throw new WrongPassphraseException(true, e);
                }
                throw damaged(dataDir, "it is smaller than when it was last written (" + size + " of " + mark.get().size()
                        + " bytes), and it can't be read: " + H2Errors.firstLine(e.getMessage()), e);
            }
            checkWrites(dataDir, writes, mark.get());
        }
    }

    /** After the real open: the journal must hold at least the writes the marker saw. */
    static void checkWrites(Path dataDir, long writes, JournalMarker.Mark mark) {
        if (writes < mark.writes()) {
            throw damaged(dataDir, "it holds an older state than Learnlog last wrote (" + writes + " of " + mark.writes()
                    + " note writes)", null);
        }
    }

    /** H2 refused the file for another reason than a lock: damaged too. */
    static DamagedJournalException unreadable(Path dataDir, SQLException e) {
        return damaged(dataDir, "H2 can't read it (" + H2Errors.firstLine(e.getMessage()) + ")", e);
    }

    private static long readOnlyWrites(Path dataDir, JournalKey key) throws SQLException {
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dataDir) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
                + H2Cipher.urlOptions(key);
        try (Connection connection = DriverManager.getConnection(url, "learnlog", H2Cipher.password(key));
             PreparedStatement select = connection.prepareStatement("SELECT note_writes FROM journal_state WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private static DamagedJournalException damaged(Path dataDir, String why, Throwable cause) {
        Path file = DataDirectory.databaseFile(dataDir).toAbsolutePath();
        return new DamagedJournalException(file, why, keepCopy(file), newestBackup(dataDir), cause);
    }

    /** Copies the file aside once: a second start on the same damaged file finds its copy already there. */
    private static Path keepCopy(Path file) {
        String prefix = file.getFileName() + ".damaged-";
        try (Stream<Path> copies = Files.list(file.getParent())) {
            for (Path copy : copies.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                if (Files.mismatch(file, copy) == -1) {
                    return copy;
                }
            }
            Path copy = file.resolveSibling(prefix + STAMP.format(LocalDateTime.now()));
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            return copy;
        } catch (IOException e) {
            return file;
        }
    }

    /** The newest automatic backup: their names sort by time. */
    private static Optional<Path> newestBackup(Path dataDir) {
        Path backups = dataDir.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().startsWith("learnlog-") && f.toString().endsWith(".zip"))
                    .max(Comparator.comparing(Path::getFileName)).map(Path::toAbsolutePath);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
