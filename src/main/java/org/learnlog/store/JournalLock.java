package org.learnlog.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who has the journal in a data directory: an operating-system lock on {@code journal.lock}, held for
 * as long as a process has the journal open or replaces its file (a restore, an encryption). The file
 * says who holds it, so a process that waits can say whom it waits for. The lock dies with its process
 * (docs/decisions/0007).
 */
public final class JournalLock implements AutoCloseable {
    static final String NAME = "journal.lock";
    /** The lock covers one byte far past the text, so the text stays readable on every platform. */
    private static final long REGION = Integer.MAX_VALUE;

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the journal in {@code dataDir} for {@code holder} (as "learnlog add"), or says who has it.
     * @throws JournalLockedException if another process, or another part of this one, holds it
     */
    public static JournalLock take(Path dataDir, String holder) {
        Path file = dataDir.resolve(NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new JournalLockedException(holder(dataDir), null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + ", pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new JournalLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Can't use " + file + ": " + DiskTrouble.describe(e)
                    + ". Choose a folder you can write to with --data-dir.", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Who holds the journal, as its holder wrote it ("learnlog add, pid 1234"), if anyone said. */
    public static Optional<String> holder(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(NAME), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a channel only lets go of it; the lock dies with it either way.
        }
    }
}
