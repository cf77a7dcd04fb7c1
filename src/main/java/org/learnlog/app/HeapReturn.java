package org.learnlog.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;

/**
 * Lets the desktop app's heap give memory back after a peak. The day's backup reads the whole journal
 * once; with HotSpot's default free ratios (40–70 %) the heap then kept what that read grew it to,
 * about 50 MB more with 100,000 notes (a real window under Xvfb: 340 MB resident, against 290 MB).
 * Only the app does this: a command is short-lived, and a tighter heap made {@code import} some 10 %
 * slower. Both flags are manageable, so they can change while the JVM runs.
 */
final class HeapReturn {
    private static final System.Logger LOG = System.getLogger(HeapReturn.class.getName());

    private HeapReturn() {
    }

    static void tighten() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // Minimum first: the JVM refuses a maximum below the minimum in force.
            hotSpot.setVMOption("MinHeapFreeRatio", "10");
            hotSpot.setVMOption("MaxHeapFreeRatio", "30");
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "This JVM keeps its own heap sizing: " + e.getMessage());
        }
    }
}
