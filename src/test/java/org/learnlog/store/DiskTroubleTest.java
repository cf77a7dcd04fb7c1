package org.learnlog.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failure of the disk is said plainly, however deep H2 buried the system's words. */
class DiskTroubleTest {

    @Test
    void aFullDiskSeveralCausesDownIsSaidAsSuch() {
        SQLException h2 = new SQLException("The database has been closed [90098-232]", "90098", 90098,
                new IllegalStateException("Writing to FileChannel failed; length 16384 at 626688",
                        new IOException("No space left on device")));

        assertEquals(Optional.of("The disk is full. Free some space, then try again."), DiskTrouble.of(h2));
        assertEquals("The disk is full. Free some space, then try again.", DiskTrouble.describe(h2));
    }

    @Test
    void aReadOnlyOrFailingDiskAndAWindowsFullDiskAreToo() {
        assertEquals(Optional.of("The disk is read-only. Make it writable, or choose another folder."),
                DiskTrouble.of(new IOException("/mnt/usb/export/a.md: Read-only file system")));
        assertEquals(Optional.of("The disk reported an input/output error. Check the disk, then try again."),
                DiskTrouble.of(new IOException("Input/output error")));
        assertEquals(Optional.of("The disk is full. Free some space, then try again."),
                DiskTrouble.of(new IOException("There is not enough space on the disk")));
    }

    @Test
    void anyOtherFailureKeepsH2sOwnFirstLine() {
        SQLException other = new SQLException("Table \"NOTE\" not found [42102-232]\nSQL statement: x", "42S02", 42102);

        assertEquals(Optional.empty(), DiskTrouble.of(other));
        assertEquals("Table \"NOTE\" not found", DiskTrouble.describe(other));
    }
}
