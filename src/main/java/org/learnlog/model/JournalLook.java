package org.learnlog.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a look into a journal file, without opening it for work, found: its notes, or why they could
 * not be counted (there is no file, it is encrypted with another passphrase, empty or damaged).
 */
public record JournalLook(OptionalLong notes, Optional<String> problem, boolean exists, boolean encrypted) {
    public static JournalLook counted(long notes, boolean encrypted) {
        return new JournalLook(OptionalLong.of(notes), Optional.empty(), true, encrypted);
    }

    public static JournalLook unreadable(String why, boolean encrypted) {
        return new JournalLook(OptionalLong.empty(), Optional.of(why), true, encrypted);
    }

    public static JournalLook missing() {
        return new JournalLook(OptionalLong.empty(), Optional.of("there is no journal file"), false, false);
    }

    public boolean readable() {
        return notes.isPresent();
    }
}
