package org.learnlog.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.learnlog.model.JournalLook;

/** What encrypting, re-encrypting or decrypting a journal does with each copy of it. */
public record EncryptionPlan(List<Copy> copies) {
    public EncryptionPlan {
        copies = List.copyOf(copies);
    }

    /** What becomes of one copy. */
    public enum Fate {
        /** Rewritten with the new key (or in the clear, when decrypting). */
        REWRITTEN,
        /** Encrypted with another passphrase: not in the clear, and not readable, so left as it is. */
        LEFT_ENCRYPTED,
        /** Plain, and the journal will be plain too: nothing to change. */
        LEFT_PLAIN,
        /** In the clear and unreadable, so it can't be encrypted: the user must decide what to do with it. */
        BLOCKS
    }

    /** A backup or a journal file kept aside: when it was written, what a look into it found, and its fate. */
    public record Copy(Path file, Instant when, JournalLook look, Fate fate) {
    }

    public List<Copy> rewritten() {
        return copies.stream().filter(copy -> copy.fate() == Fate.REWRITTEN).toList();
    }

    public List<Copy> blockers() {
        return copies.stream().filter(copy -> copy.fate() == Fate.BLOCKS).toList();
    }

    /** Why the blockers stop an encryption, and what the user can do. */
    String blockersText() {
        return "These copies of the journal are in the clear but can't be read, so they can't be encrypted:\n"
                + blockers().stream().map(copy -> "  " + copy.file() + " (" + copy.look().problem().orElse("") + ")")
                .collect(Collectors.joining("\n"))
                + "\nNothing was changed. They may still hold notes: move them out of the journal's folder, or delete "
                + "them if you are sure, then try again.";
    }
}
