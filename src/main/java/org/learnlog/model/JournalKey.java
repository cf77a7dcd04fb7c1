package org.learnlog.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The passphrase of an encrypted journal (H2's {@code CIPHER=AES}), or none. It can't be recovered:
 * nothing stores it. H2 ends its file password at the first space, so a passphrase of several words
 * would be cut to its first; H2 is given the passphrase's SHA-256, in hex, instead, which keeps all of
 * it (H2 then derives the AES key from that with its own salted hashing).
 */
public final class JournalKey {
    public static final JournalKey NONE = new JournalKey(null);

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
