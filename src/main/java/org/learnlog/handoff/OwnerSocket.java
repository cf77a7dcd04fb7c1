package org.learnlog.handoff;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The journal owner's end: a Unix-domain socket in the data directory, {@code learnlog.sock}, on
 * which later processes hand over their command lines. Only the user may use it: the file is made
 * readable and writable by its owner alone, and a caller who is another user is refused. It is never
 * a network socket (docs/decisions/0006).
 */
public final class OwnerSocket implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OwnerSocket.class.getName());
    private static final String NAME = "learnlog.sock";

    /** Runs one handed-over command line, printing to {@code out} and {@code err}; returns its exit code. */
    @FunctionalInterface
    public interface Handler {
        int handle(Request request, PrintWriter out, PrintWriter err);
    }

    private final ServerSocketChannel server;
    private final Path file;
    private final Handler handler;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "learnlog-handoff");
        thread.setDaemon(true);
        return thread;
    });

    private OwnerSocket(ServerSocketChannel server, Path file, Handler handler) {
        this.server = server;
        this.file = file;
        this.handler = handler;
    }

    /** Where the owner of the journal in {@code dataDir} listens. */
    public static Path in(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(NAME);
    }

    /**
     * Listens for the journal in {@code dataDir}, whose database this process has just opened, so it
     * is the owner: a socket file already there was left by an owner that died, and is replaced.
     */
    public static OwnerSocket listen(Path dataDir, Handler handler) throws IOException {
        Path file = in(dataDir);
        Files.deleteIfExists(file);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(file));
            SocketFiles.ownerOnly(file);
        } catch (IOException | RuntimeException e) {
            server.close();
            Files.deleteIfExists(file);
            throw e;
        }
        OwnerSocket socket = new OwnerSocket(server, file, handler);
        socket.connections.execute(socket::accept);
        return socket;
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                connections.execute(() -> serve(channel));
            } catch (AsynchronousCloseException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The hand-off socket " + file + " failed", e);
                return;
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            if (!SocketFiles.sameUser(channel, file)) {
                LOG.log(Level.WARNING, "Refused a hand-off from another user on " + file);
                return;
            }
            Request request = Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
            DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            PrintWriter out = new PrintWriter(Replies.writer(replies, Replies.OUT), true);
            PrintWriter err = new PrintWriter(Replies.writer(replies, Replies.ERR), true);
            int code = handler.handle(request, out, err);
            out.flush();
            err.flush();
            Replies.exit(replies, code);
        } catch (IOException e) {
            LOG.log(Level.INFO, "A hand-off on " + file + " broke off: " + e.getMessage());
        }
    }

    /** Stops listening and removes the socket file, so the next process to open the journal owns it. */
    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdown();
        Files.deleteIfExists(file);
    }
}
