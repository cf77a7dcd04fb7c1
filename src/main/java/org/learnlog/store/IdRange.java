package org.learnlog.store;

import java.util.Locale;
import java.util.UUID;

/**
 * The ids a short id (the start of a note's id, as `list` prints it) stands for, as a range of the
 * primary key: looked up through the key's index, not by reading every row as text.
 */
record IdRange(UUID low, UUID high) {
    private static final int HEX_DIGITS = 32;
    /** Holds no id: its low end is above its high end. */
    static final IdRange NONE = new IdRange(new UUID(-1, -1), new UUID(0, 0));

    /** The range of ids that start with {@code prefix}; {@link #NONE} for one that is not the start of an id. */
    static IdRange of(String prefix) {
        String hex = prefix.replace("-", "").toLowerCase(Locale.ROOT);
        if (hex.isEmpty() || hex.length() > HEX_DIGITS || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return NONE;
        }
        return new IdRange(uuid(hex + "0".repeat(HEX_DIGITS - hex.length())),
                uuid(hex + "f".repeat(HEX_DIGITS - hex.length())));
    }

    private static UUID uuid(String hex) {
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }
}
