package org.learnlog.handoff;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A later process's end: hands a command line to the process that owns the journal, if one does. */
public final class OwnerClient {
    private OwnerClient() {
    }

    /**
     * Runs {@code request} in the owner of the journal in {@code dataDir}, copying what it prints to
     * {@code out} and {@code err} as it comes, and returns its exit code. Empty when no process owns
     * the journal: there is no socket, or only a stale one left by an owner that died.
     *
     * @throws IOException when the owner took the request but stopped before it answered
     */
    public static Optional<Integer> send(Path dataDir, Request request, Writer out, Writer err) throws IOException {
        Optional<SocketChannel> connected = connect(dataDir);
        if (connected.isEmpty()) {
            return Optional.empty();
        }
        try (SocketChannel channel = connected.get()) {
            request.write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            return Optional.of(Replies.copy(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))),
                    out, err));
        } catch (IOException e) {
            // A reset, a broken pipe or an end mid-reply all mean the same to the user.
            throw new IOException("The Learnlog process that has the journal open stopped before the command "
                    + "finished; it may or may not have run.", e);
        }
    }

    /** Whether a process owns the journal in {@code dataDir} and listens for hand-offs now. */
    public static boolean ownerListening(Path dataDir) {
        Optional<SocketChannel> connected = connect(dataDir);
        connected.ifPresent(channel -> {
            try {
                channel.close();
            } catch (IOException e) {
                // Only a probe: nothing was sent.
            }
        });
        return connected.isPresent();
    }

    private static Optional<SocketChannel> connect(Path dataDir) {
        Path file = OwnerSocket.in(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(file));
            return Optional.of(channel);
        } catch (IOException | RuntimeException e) {
            // Refused: the owner died and left its file, which the next owner replaces. Denied or a path too
            // long for a socket: not an owner this process can reach. Either way the journal's lock decides.
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // It never carried anything.
        }
    }
}
