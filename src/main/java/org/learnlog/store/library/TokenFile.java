package org.learnlog.store.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.learnlog.store.StoreException;

/**
 * An HTTPS remote's token, read from the file the user keeps it in each time it is needed, so Learnlog
 * never holds a copy. Its first line is the token, or {@code user:token} where the forge wants a name.
 */
public final class TokenFile {
    private TokenFile() {
    }

    /** The credentials in {@code file}. @throws StoreException if it can't be read or holds no token */
    public static CredentialsProvider credentials(Path file) {
        String line;
        try {
            line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(text -> !text.isEmpty()).findFirst().orElse("");
        } catch (IOException e) {
            throw new StoreException("Can't read the token file " + file + ": " + e.getMessage()
                    + ". Learnlog needs it to reach the library.", e);
        }
        if (line.isEmpty()) {
            throw new StoreException("The token file " + file + " is empty; put the library's access token in it.");
        }
        int colon = line.indexOf(':');
        // Forges take a token as the password; the name only has to be there.
        return colon > 0 ? new UsernamePasswordCredentialsProvider(line.substring(0, colon), line.substring(colon + 1))
                : new UsernamePasswordCredentialsProvider("x-access-token", line);
    }
}
