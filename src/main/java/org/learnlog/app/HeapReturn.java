package org.learnlog.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;

/**
 * Lets the desktop app's heap give memory back after a peak. The day's backup reads the whole journal
 * once; with HotSpot's default free ratios (40–70 %) the heap then kept what that read grew it to,
 * about 50 MB more with 100,000 notes (a real window under Xvfb: 340 MB resident, against 290 MB).
 * <p>
 * At least a fifth of the heap stays free after a full collection, not a tenth: with a tenth, the
 * heap grew so little each time that the scripted session with 10,000 notes took two full
 * collections, and the FX thread stalled 77–88 ms in its warm run; with a fifth, one and 11–13 ms.
 * With 100,000 notes in a real window both held 289–294 MB after use, and the fifth took fewer full
 * collections (1–3 against 2–4).
 * <p>
 * Only the app does this: a command is short-lived, and a tighter heap made {@code import} some 10 %
 * slower. Both flags are manageable, so they can change while the JVM runs.
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
