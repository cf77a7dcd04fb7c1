package org.learnlog.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;

/**
 * A JVM heap setting made at start: the app's heap keeps a fifth to two fifths of itself free after a
 * full collection, so it gives back what the day's backup grew it to (docs/decisions/0001). Only the
 * app does this; a command is short-lived. Both flags can change while the JVM runs.
 */
public final class HeapReturn {
    private static final System.Logger LOG = System.getLogger(HeapReturn.class.getName());

    private HeapReturn() {
    }

    /** Also called by the benchmark's scripted session, so that its heap behaves as the app's does. */
    public static void tighten() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // Minimum first: the JVM refuses a maximum below the minimum in force.
            hotSpot.setVMOption("MinHeapFreeRatio", "20");
            hotSpot.setVMOption("MaxHeapFreeRatio", "40");
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "This JVM keeps its own heap sizing: " + e.getMessage());
        }
    }
}
