package org.learnlog.service;

import java.util.Optional;
import org.learnlog.model.Aid;
import org.learnlog.service.ImportReport.Entry;
import org.learnlog.service.ImportReport.Outcome;
import org.learnlog.store.AidRepository;

/**
 * Brings an aid from a file into the journal: a teammate's copy updates the journal's when its
 * version is higher, so adopting an aid and taking its new versions never makes duplicates.
 */
final class AidImport {
    private final AidRepository aids;

    AidImport(AidRepository aids) {
        this.aids = aids;
    }

    Entry importAid(Aid incoming) {
        if (incoming.title().isBlank()) {
            throw new InvalidInputException("The aid has no title.");
        }
        Optional<Aid> existing = aids.find(incoming.id());
        if (existing.isEmpty()) {
            aids.save(incoming);
            return new Entry("", Outcome.IMPORTED, "");
        }
        if (existing.get().equals(incoming)) {
            return new Entry("", Outcome.UNCHANGED, "");
        }
        if (incoming.version() > existing.get().version()) {
            aids.save(incoming);
            return new Entry("", Outcome.UPDATED, "");
        }
        return new Entry("", Outcome.SKIPPED, "The journal has version " + existing.get().version()
                + " of this aid; the file's version " + incoming.version() + " is not newer.");
    }
}
