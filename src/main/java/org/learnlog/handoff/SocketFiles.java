package org.learnlog.handoff;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/** Who may use the hand-off socket: the user who owns the journal, and nobody else. */
final class SocketFiles {
    private SocketFiles() {
    }

    /** Makes {@code file} readable and writable by its owner alone, where the file system knows POSIX modes. */
    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException e) {
            // Windows: the socket file inherits the data folder's access list, which is the user's.
        }
    }

    /** Whether the process at the other end runs as the user who owns {@code file}, where the system can tell. */
    static boolean sameUser(SocketChannel channel, Path file) throws IOException {
        UnixDomainPrincipal peer;
        try {
            peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        } catch (UnsupportedOperationException e) {
            return true;
        }
        return peer.user().getName().equals(Files.getOwner(file).getName());
    }
}
