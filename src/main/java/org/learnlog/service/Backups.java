package org.learnlog.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.learnlog.store.Database;
import org.learnlog.store.JournalBackups;
import org.learnlog.store.PageCache;

/**
 * The journal's automatic backups in {@code backups/}: a zip of the database taken online, with a small
 * {@code .properties} file beside it that says when and how many notes, so a list of backups needs
 * no zip opened. Kept in a rotation of days, weeks and months ({@link BackupRotation}).
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "learnlog-";
    private static final String ZIP = ".zip";
    /** A month of weekly SQL backups. */
    static final int SCRIPTS_KEPT = 4;

    private final Database database;
    /** Null for a journal in memory, which has no file to back up. */
    private final Path folder;
    private final IntSupplier notes;
    private final Clock clock;

    public Backups(Database database, Path folder, IntSupplier notes, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.notes = notes;
        this.clock = clock;
    }

    /** Takes a backup now, then lets go of those the rotation no longer keeps. */
    public Backup take() {
        return take(false, true, true);
    }

    /** Takes a backup now and lets go of none: after an encryption, whose rewritten copies the user was told of. */
    public Backup takeKeepingAll() {
        return take(false, true, false);
    }

    /**
     * Takes a backup as SQL statements now ({@code SCRIPT}): slower and larger than the file's copy,
     * but a later H2 with another file format can read it. The newest {@value #SCRIPTS_KEPT} are kept.
     */
    public Backup takeScript() {
        if (database.encrypted()) {
            throw new InvalidInputException("An encrypted journal is not backed up as SQL, which anyone could read. "
                    + "Its backups are copies of the encrypted file; to move it to another H2 version, export it.");
        }
        return take(true, true, true);
    }

    /** {@code verify}: read the whole journal first; a second backup right after the first need not. */
    private Backup take(boolean script, boolean verify, boolean rotate) {
        if (folder == null) {
            throw new InvalidInputException("A journal in memory has no file to back up.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path zip = folder.resolve((script ? Backup.SCRIPT_PREFIX : PREFIX)
                + STAMP.format(LocalDateTime.ofInstant(now, clock.getZone())) + ZIP);
        int count = PageCache.smallWhile(database, () -> {
            // A damaged journal is reported, not backed up: its backup would push good ones out of the rotation.
            if (verify) {
                database.verify();
            }
            int counted = notes.getAsInt();
            if (script) {
                JournalBackups.script(database, zip);
            } else {
                JournalBackups.backUp(database, zip);
            }
            return counted;
        });
        Backup backup = new Backup(zip, now, count);
        BackupFacts.write(folder, backup);
        if (rotate) {
            rotate();
        }
        return backup;
    }

    /**
     * Takes a backup unless one was taken today, and an SQL one unless one was taken in the last week:
     * at start, and now and then while the app runs. Returns the day's backup if it took one.
     */
    public Optional<Backup> takeIfDue() {
        if (folder == null) {
            return Optional.empty();
        }
        List<Backup> all = list();
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        boolean takenToday = all.stream().filter(backup -> !backup.script()).findFirst()
                .filter(newest -> newest.taken().atZone(clock.getZone()).toLocalDate().equals(today)).isPresent();
        Optional<Backup> taken = takenToday ? Optional.empty() : Optional.of(take());
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        if (!database.encrypted() && all.stream().noneMatch(backup -> backup.script() && backup.taken().isAfter(weekAgo))) {
            take(true, taken.isEmpty(), true);
        }
        return taken;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        return folder == null ? new ArrayList<>() : listIn(folder);
    }

    static List<Backup> listIn(Path folder) {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().startsWith(PREFIX) && file.toString().endsWith(ZIP))
                    .map(BackupFacts::read).forEach(backups::add);
        } catch (IOException e) {
            throw new InvalidInputException("Can't read the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::taken).reversed());
        return backups;
    }

    private void rotate() {
        removeLeftovers();
        List<Backup> all = list();
        List<Backup> copies = all.stream().filter(backup -> !backup.script()).toList();
        Set<Backup> keep = new HashSet<>(BackupRotation.keep(copies, clock.getZone()));
        all.stream().filter(Backup::script).limit(SCRIPTS_KEPT).forEach(keep::add);
        for (Backup backup : all) {
            if (!keep.contains(backup)) {
                try {
                    Files.deleteIfExists(BackupFacts.file(backup.file()));
                    Files.deleteIfExists(backup.file());
                } catch (IOException e) {
                    log().log(System.Logger.Level.WARNING, "Can't remove the old backup " + backup.file(), e);
                }
            }
        }
    }

    /** Hidden temp files of backups that were cut off by a crash: never a backup, only wasted space. */
    private void removeLeftovers() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log().log(System.Logger.Level.WARNING, "Can't tidy the backups in " + folder, e);
        }
    }

    /** Looked up on first use: starting the logging system weighs on every short command. */
    private static System.Logger log() {
        return System.getLogger(Backups.class.getName());
    }
}
