package org.learnlog.store.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.learnlog.store.StoreException;

/**
 * Writes a token the user typed into the file they chose for it, readable by them alone, and never over a
 * file that is there already. Learnlog then only reads it ({@link TokenFile}).
 */
public final class TokenKeeper {
    private TokenKeeper() {
    }

    /** @throws FileAlreadyExistsException if {@code file} is there already, which is left as it is */
    public static void keep(Path file, String token) throws FileAlreadyExistsException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written;
            try {
                written = Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: a new file in the user's own folder is theirs alone already.
                written = Files.createFile(file);
            }
            Files.writeString(written, token.strip() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException("Can't keep the token in " + file + ": " + e.getMessage(), e);
        }
    }
}
