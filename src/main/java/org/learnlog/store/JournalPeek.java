package org.learnlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.learnlog.model.JournalKey;
import org.learnlog.model.JournalLook;

/**
 * Looks into a journal without opening it for work: how many notes it holds, or why that can't be
 * told (encrypted, empty, damaged). It reads read-only, so a damaged file is never changed, and needs
 * no passphrase unless one is given: a restore or an encryption must work on a journal nobody can open.
 */
public final class JournalPeek {
    private static final byte[] H2_FILE = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private JournalPeek() {
    }

    /** Whether {@code file} is a journal file of H2's, plain or encrypted, whatever its name. */
    public static boolean isJournalFile(Path file) {
        byte[] start = start(file);
        return startsWith(start, H2_FILE) || startsWith(start, H2_ENCRYPTED);
    }

    static boolean isEncryptedFile(Path file) {
        return startsWith(start(file), H2_ENCRYPTED);
    }

    /**
     * The journal in {@code dataDir} as it is now, looked at while no other process has it.
     * @throws JournalLockedException if another process has it open
     */
    public static JournalLook current(Path dataDir, String holder) {
        Path file = DataDirectory.databaseFile(dataDir);
        if (!Files.exists(file)) {
            return JournalLook.missing();
        }
        try (JournalLock lock = JournalLock.take(dataDir, holder)) {
            Optional<JournalMarker.Mark> mark = JournalMarker.read(dataDir);
            if (mark.isPresent() && mark.get().clean() && size(file) < mark.get().size()) {
                return JournalLook.unreadable("it is smaller than when Learnlog last closed it", false);
            }
            return count(dataDir, JournalKey.NONE);
        }
    }

    /**
     * A backup zip or a journal file kept aside, such as {@code journal.mv.db.before-restore-…}, opened
     * with {@code key} if it is encrypted.
     */
    public static JournalLook look(Path source, JournalKey key) {
        try (WorkFolder work = WorkFolder.beside(source, ".peek-")) {
            JournalBackups.extractJournal(source, DataDirectory.databaseFile(work.path()));
            return count(work.path(), key);
        } catch (IOException e) {
            return JournalLook.unreadable("it can't be read (" + DiskTrouble.describe(e) + ")", false);
        }
    }

    private static JournalLook count(Path dataDir, JournalKey key) {
        Path file = DataDirectory.databaseFile(dataDir);
        boolean encrypted = isEncryptedFile(file);
        if (size(file) == 0) {
            return JournalLook.unreadable("it is empty", false);
        }
        if (encrypted && !key.present()) {
            return JournalLook.unreadable("it is encrypted, and its notes can't be counted without its passphrase", true);
        }
        JournalKey used = encrypted ? key : JournalKey.NONE;
        String url = "jdbc:h2:file:" + DataDirectory.databaseBase(dataDir) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
                + H2Cipher.urlOptions(used);
        try (Connection connection = DriverManager.getConnection(url, "learnlog", H2Cipher.password(used));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM note")) {
            rows.next();
            return JournalLook.counted(rows.getLong(1), encrypted);
        } catch (SQLException e) {
            if (H2Errors.hasCode(e, H2Errors.WRONG_FILE_PASSWORD)) {
                return JournalLook.unreadable("it is encrypted with another passphrase", true);
            }
            return JournalLook.unreadable("H2 can't read it (" + H2Errors.firstLine(e.getMessage()) + ")", encrypted);
        }
    }

    private static byte[] start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(H2_ENCRYPTED.length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
