package org.learnlog.service;

import java.util.List;
import java.util.Locale;

/** What an import did with each file it read. */
public record ImportReport(ImportFormat format, List<Entry> entries) {

    public enum Outcome {
        IMPORTED, UPDATED, UNCHANGED, CONFLICT, SKIPPED;

        /** How reports print it: "skipped". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One file: its path relative to the import folder, what happened, and why when it matters. */
    public record Entry(String path, Outcome outcome, String detail) {
    }

    public ImportReport {
        entries = List.copyOf(entries);
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(entry -> entry.outcome() == outcome).count();
    }

    public String summary() {
        return "Read as " + format.label() + ". Imported " + count(Outcome.IMPORTED) + ", updated " + count(Outcome.UPDATED) + ", unchanged "
                + count(Outcome.UNCHANGED) + ", conflicts " + count(Outcome.CONFLICT) + " (both versions kept), skipped "
                + count(Outcome.SKIPPED) + ".";
    }
}
