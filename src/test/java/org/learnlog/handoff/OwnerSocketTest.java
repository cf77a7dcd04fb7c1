package org.learnlog.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's socket and a later process's client: requests, replies, stale sockets, and who may connect. */
class OwnerSocketTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final OwnerSocket.Handler ECHO = (request, out, err) -> {
        out.println("in " + request.workingDir());
        request.args().forEach(out::println);
        err.println("a warning");
        return 7;
    };

    @Test
    void aRequestRunsInTheOwnerAndItsOutputAndExitCodeComeBack() throws Exception {
        try (OwnerSocket owner = OwnerSocket.listen(dir, ECHO)) {
            Optional<Integer> code = OwnerClient.send(dir, new Request(Path.of("/home/me/work"),
                    List.of("add", "Ünïcode ✓ \"quoted\"", "--body", "x".repeat(100_000))), out, err);

            assertEquals(Optional.of(7), code);
            assertEquals("in /home/me/work\nadd\nÜnïcode ✓ \"quoted\"\n--body\n" + "x".repeat(100_000) + "\n",
                    out.toString().replace(System.lineSeparator(), "\n"));
            assertEquals("a warning", err.toString().strip());
        }
    }

    @Test
    void withNoSocketThereIsNoOwner() throws Exception {
        assertEquals(Optional.empty(), OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
        assertFalse(OwnerClient.ownerListening(dir));
    }

    @Test
    void aClosedOwnerRemovesItsSocket() throws Exception {
        OwnerSocket.listen(dir, ECHO).close();

        assertFalse(Files.exists(OwnerSocket.in(dir)));
        assertEquals(Optional.empty(), OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
    }

    @Test
    void aStaleSocketLeftByADeadOwnerIsNoOwnerAndTheNextOwnerReplacesIt() throws Exception {
        leaveStaleSocket();
        assertTrue(Files.exists(OwnerSocket.in(dir)));

        assertEquals(Optional.empty(), OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
        assertFalse(OwnerClient.ownerListening(dir));
        try (OwnerSocket owner = OwnerSocket.listen(dir, ECHO)) {
            assertTrue(OwnerClient.ownerListening(dir));
            assertEquals(Optional.of(7), OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
        }
    }

    @Test
    void theSocketFileIsTheUsersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        try (OwnerSocket owner = OwnerSocket.listen(dir, ECHO)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(OwnerSocket.in(dir))));
        }
    }

    @Test
    void anOwnerThatStopsBeforeItAnswersIsAClearError() throws Exception {
        try (ServerSocketChannel dying = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dying.bind(UnixDomainSocketAddress.of(OwnerSocket.in(dir)));
            CompletableFuture<Void> dies = CompletableFuture.runAsync(() -> {
                try (SocketChannel taken = dying.accept()) {
                    taken.read(ByteBuffer.allocate(4));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            IOException error = assertThrows(IOException.class,
                    () -> OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
            dies.join();
            assertTrue(error.getMessage().contains("stopped before the command finished"), error.getMessage());
        }
    }

    @Test
    void garbageOnTheSocketIsRefusedAndTheOwnerServesTheNextRequest() throws Exception {
        try (OwnerSocket owner = OwnerSocket.listen(dir, ECHO)) {
            try (SocketChannel hostile = SocketChannel.open(UnixDomainSocketAddress.of(OwnerSocket.in(dir)))) {
                hostile.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes()));
                assertEquals(-1, hostile.read(ByteBuffer.allocate(16)), "the owner hangs up without an answer");
            }

            assertEquals(Optional.of(7), OwnerClient.send(dir, new Request(dir, List.of("list")), out, err));
        }
    }

    /** As a killed owner leaves it: the socket file, and nobody listening on it. */
    private void leaveStaleSocket() throws IOException {
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(OwnerSocket.in(dir)));
        }
    }
}
