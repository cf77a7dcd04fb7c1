package org.learnlog.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.learnlog.model.JournalKey;

/**
 * How a draft's text is kept on disk: as it is for a plain journal, and sealed with AES-GCM for an
 * encrypted one, so unsaved text is as private as the journal it belongs to. The AES key is derived
 * once per start from the journal's passphrase and a random salt kept in the drafts folder.
 */
abstract class DraftCipher {
    static final DraftCipher PLAIN = new DraftCipher() {
        @Override
        byte[] seal(byte[] text) {
            return text;
        }

        @Override
        byte[] open(byte[] stored) {
            return stored;
        }
    };

    abstract byte[] seal(byte[] text);

    /** @throws IllegalArgumentException if {@code stored} was not sealed with this key, or was changed */
    abstract byte[] open(byte[] stored);

    /** The sealing cipher for the drafts in {@code folder} of a journal encrypted with {@code key}. */
    static DraftCipher sealed(Path folder, JournalKey key) {
        try {
            byte[] salt = salt(folder.resolve("salt"));
            PBEKeySpec spec = new PBEKeySpec(key.filePassword().toCharArray(), salt, 200_000, 256);
            byte[] secret = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new Sealed(new SecretKeySpec(secret, "AES"));
        } catch (GeneralSecurityException | IOException e) {
            throw new InvalidInputException("Can't prepare the encrypted drafts in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static byte[] salt(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Files.createDirectories(file.getParent());
        Files.write(file, salt);
        return salt;
    }

    private static final class Sealed extends DraftCipher {
        private static final byte[] MAGIC = "LLD1".getBytes(StandardCharsets.US_ASCII);
        private static final int IV = 12;
        private final SecretKeySpec key;
        private final SecureRandom random = new SecureRandom();

        Sealed(SecretKeySpec key) {
            this.key = key;
        }

        @Override
        byte[] seal(byte[] text) {
            byte[] iv = new byte[IV];
            random.nextBytes(iv);
            byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, text);
            return ByteBuffer.allocate(MAGIC.length + IV + sealed.length).put(MAGIC).put(iv).put(sealed).array();
        }

        @Override
        byte[] open(byte[] stored) {
            if (stored.length < MAGIC.length + IV || !Arrays.equals(Arrays.copyOf(stored, MAGIC.length), MAGIC)) {
                throw new IllegalArgumentException("not a sealed draft");
            }
            byte[] iv = Arrays.copyOfRange(stored, MAGIC.length, MAGIC.length + IV);
            return run(Cipher.DECRYPT_MODE, iv, Arrays.copyOfRange(stored, MAGIC.length + IV, stored.length));
        }

        private byte[] run(int mode, byte[] iv, byte[] input) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, key, new GCMParameterSpec(128, iv));
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("a draft sealed with another key, or changed: " + e.getMessage(), e);
            }
        }
    }
}
