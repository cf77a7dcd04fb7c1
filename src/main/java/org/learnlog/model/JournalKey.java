package org.learnlog.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The passphrase of an encrypted journal (H2's {@code CIPHER=AES}), or none. It can't be recovered:
 * nothing stores it. H2 ends its file password at the first space, so a passphrase of several words
 * would be cut to its first; H2 is given the passphrase's SHA-256, in hex, instead, which keeps all of
 * it (H2 then derives the AES key from that with its own salted hashing).
 */
public final class JournalKey {
    public static final JournalKey NONE = new JournalKey(null);
    /** The fewest characters a new passphrase may have: some 50 bits even if typed in lower case alone. */
    public static final int MIN_LENGTH = 10;

    /** The file password H2 gets; null for none. */
    private final String filePassword;

    private JournalKey(String filePassword) {
        this.filePassword = filePassword;
    }

    /** @throws IllegalArgumentException for an empty passphrase */
    public static JournalKey of(String passphrase) {
        if (passphrase == null || passphrase.isEmpty()) {
            throw new IllegalArgumentException("A passphrase can't be empty.");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passphrase.getBytes(StandardCharsets.UTF_8));
            return new JournalKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * Why {@code passphrase} is too weak to encrypt a journal with, if it is: too short, or one
     * character repeated. Journals encrypted before the rule keep their passphrases.
     */
    public static Optional<String> weakness(String passphrase) {
        int length = passphrase.codePointCount(0, passphrase.length());
        if (length < MIN_LENGTH) {
            return Optional.of("A passphrase needs at least " + MIN_LENGTH + " characters (this one has "
                    + length + "): a few words you can remember are long enough and hard to guess.");
        }
        if (passphrase.codePoints().distinct().count() < 4) {
            return Optional.of("A passphrase of so few different characters is easy to guess: use a few words.");
        }
        return Optional.empty();
    }

    public boolean present() {
        return filePassword != null;
    }

    /** What H2 gets as the file password: the passphrase's SHA-256, in hex. */
    public String filePassword() {
        if (!present()) {
            throw new IllegalStateException("No passphrase");
        }
        return filePassword;
    }

    @Override
    public String toString() {
        return present() ? "a passphrase" : "no passphrase";
    }
}
