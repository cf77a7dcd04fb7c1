package org.learnlog.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of several runs of one scripted session as one set: each figure's median, so that one
 * run's luck with the scheduler or the collector doesn't make it (on two cores the longest stall of a
 * session varied from 35 to 90 ms between runs), and beside the longest stalls the worst run's
 * ({@code …stall.worst_max_ms}, {@code …stall.worst_warm_max_ms}).
 */
final class SessionFigures {
    private static final String STALL = "stall.";

    private SessionFigures() {
    }

    static Map<String, Double> fold(List<Map<String, Double>> runs) {
        Map<String, Double> folded = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            double[] values = runs.stream().mapToDouble(run -> run.getOrDefault(key, Double.NaN)).sorted().toArray();
            folded.put(key, values[values.length / 2]);
            if (key.endsWith(STALL + "max_ms") || key.endsWith(STALL + "warm_max_ms")) {
                folded.put(key.replace(STALL, STALL + "worst_"), values[values.length - 1]);
            }
        }
        return folded;
    }
}
