package org.learnlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Where a journal lives on disk: the platform's per-user data folder unless the user names another. */
public final class DataDirectory {
    static final String DATABASE_NAME = "journal";
    /** What H2 writes at the start of an encrypted file, before its salt. */
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private DataDirectory() {
    }

    /**
     * The default folder: $XDG_DATA_HOME/learnlog, ~/Library/Application Support/Learnlog or
     * %APPDATA%\Learnlog. The home folder is $HOME where it is set, as other tools take it, and only
     * otherwise the account's, so {@code HOME=/tmp/x learnlog …} works on a journal in /tmp/x.
     */
    public static Path defaultLocation() {
        String home = System.getenv("HOME");
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""),
                home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    static Path defaultLocation(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Learnlog");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Learnlog");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("learnlog");
    }

    /** The H2 file a journal folder holds (H2 adds the .mv.db suffix). */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DATABASE_NAME + ".mv.db");
    }

    /**
     * Whether the journal file in {@code dataDir} is encrypted; false if there is none yet, or it can't
     * be read, which opening it then reports.
     */
    public static boolean encrypted(Path dataDir) {
        try (InputStream in = Files.newInputStream(databaseFile(dataDir))) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }

    /** The search index's folder: a cache of the notes. */
    public static Path indexFolder(Path dataDir) {
        return dataDir.resolve("index");
    }

    /** Removes the search index, which is rebuilt from the notes at the next start. */
    public static void deleteIndex(Path dataDir) throws IOException {
        Path index = indexFolder(dataDir);
        if (!Files.isDirectory(index)) {
            return;
        }
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static Path databaseBase(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(DATABASE_NAME);
    }

    /** Makes the folder if needed, or says plainly why it can't hold a journal. */
    static void prepare(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new StoreException("The data directory " + dataDir
                    + " is a file, not a folder. Choose a folder with --data-dir.");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("Can't create the data directory " + dataDir + " (" + e.getMessage()
                    + "). Choose a folder you can write to with --data-dir.", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("The data directory " + dataDir
                    + " is read-only. Choose a folder you can write to with --data-dir.");
        }
    }
}
