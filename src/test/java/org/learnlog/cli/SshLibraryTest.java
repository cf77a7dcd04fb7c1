package org.learnlog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library on an SSH remote, as {@code ssh://git@host/team.git} on a forge: JGit's SSH transport signs
 * in with the user's key, and a key the server does not know is refused with a plain reason.
 */
class SshLibraryTest {
    @TempDir
    Path dir;
    private final KeyPair userKey = SshGitServer.keyPair();
    private Path authorizedKeys;
    private SshGitServer server;

    @BeforeEach
    void setUp() throws Exception {
        authorizedKeys = dir.resolve("authorized_keys");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(dir.resolve("remotes/team.git").toFile()).call().close();
        Files.writeString(authorizedKeys, PublicKeyEntry.toString(userKey.getPublic()) + "\n");
        server = new SshGitServer(dir.resolve("remotes"), authorizedKeys);
        for (String name : new String[] {"ana", "ben"}) {
            Files.createDirectories(dir.resolve(name));
            Files.writeString(dir.resolve(name + "/settings.properties"), "author=" + name + "\nemail=" + name + "@example.org\n");
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        SshSessionFactory.setInstance(null);
        server.close();
    }

    @Test
    void teammatesPublishAndAdoptOverSshWithTheirKey() throws Exception {
        signInWith(userKey, server.hostKey.getPublic());
        Path ana = dir.resolve("ana");
        Path ben = dir.resolve("ben");
        assertEquals(0, CliRun.in(ana, "library", "add", "team", server.url("team.git")).code);
        String id = CliRun.in(ana, "add", "Sign commits with an SSH key #git").out.strip().substring(0, 8);
        CliRun published = CliRun.in(ana, "publish", id, "--to", "team");
        assertTrue(published.out.contains("Published"), published.out + published.err);

        assertEquals(0, CliRun.in(ben, "library", "add", "team", server.url("team.git")).code);
        CliRun adopted = CliRun.in(ben, "adopt", "team/" + id);
        assertTrue(adopted.out.contains("Adopted \"Sign commits with an SSH key\""), adopted.out + adopted.err);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedWithTheReason() {
        signInWith(SshGitServer.keyPair(), server.hostKey.getPublic());

        CliRun refused = CliRun.in(dir.resolve("ana"), "library", "add", "team", server.url("team.git"));

        assertEquals(ExitCodes.FAILED, refused.code);
        assertTrue(refused.err.contains("did not let you in") && refused.err.contains("SSH key"), refused.err);
        assertEquals("", CliRun.in(dir.resolve("ana"), "library").out, "nothing was added");
    }

    @Test
    void aServerWhoseKeyIsNotKnownIsNotTrusted() {
        signInWith(userKey, SshGitServer.keyPair().getPublic());

        CliRun refused = CliRun.in(dir.resolve("ana"), "library", "add", "team", server.url("team.git"));

        assertEquals(ExitCodes.FAILED, refused.code);
        assertTrue(refused.err.contains("known_hosts"), refused.err);
    }

    @Test
    void jgitFindsTheAgentConnector() {
        ConnectorFactory agent = ConnectorFactory.getDefault();

        assertNotNull(agent, "the agent connector is on the class path");
        assertTrue(agent.isSupported(), agent.getName());
    }

    /** A real ssh-agent holding a key whose file is gone: the library signs in through the agent alone. */
    @Test
    void aKeyHeldBySshAgentSignsIn() throws Exception {
        assumeTrue(onPath("ssh-agent") && onPath("ssh-keygen") && onPath("ssh-add"), "OpenSSH's client tools are not installed");
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).start();
        try {
            Path key = dir.resolve("agent-key");
            run(Map.of(), "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", key.toString());
            Files.writeString(authorizedKeys, Files.readString(dir.resolve("agent-key.pub")), StandardOpenOption.APPEND);
            run(Map.of("SSH_AUTH_SOCK", socket.toString()), "ssh-add", "-q", key.toString());
            Files.delete(key);
            Path config = Files.writeString(dir.resolve("ssh_config"), "Host *\n  IdentityAgent " + socket + "\n");
            File home = dir.resolve("home").toFile();
            SshSessionFactory.setInstance(new SshdSessionFactoryBuilder().setHomeDirectory(home)
                    .setSshDirectory(new File(home, ".ssh")).setConfigFile(ssh -> config.toFile())
                    .setDefaultKeysProvider(ssh -> List.of()).withDefaultConnectorFactory()
                    .setServerKeyDatabase((h, s) -> new KnownHost(server.hostKey.getPublic())).build(null));

            CliRun added = CliRun.in(dir.resolve("ana"), "library", "add", "team", server.url("team.git"));

            assertEquals(0, added.code, added.err);
        } finally {
            agent.destroy();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    /** Runs an OpenSSH tool; ssh-add waits until the agent's socket is there. */
    private static void run(Map<String, String> env, String... command) throws Exception {
        for (int tries = 0; ; tries++) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() == 0) {
                return;
            }
            if (tries == 50) {
                throw new IllegalStateException(String.join(" ", command) + ": " + output);
            }
            Thread.sleep(100);
        }
    }

    /** The user's SSH setup, in a folder of the test's: this key, and {@code knownHost} as the server's key. */
    private void signInWith(KeyPair key, PublicKey knownHost) {
        File home = dir.resolve("home").toFile();
        SshSessionFactory.setInstance(new SshdSessionFactoryBuilder().setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh")).setDefaultKeysProvider(ssh -> List.of(key))
                .setServerKeyDatabase((h, s) -> new KnownHost(knownHost)).build(null));
    }

    private record KnownHost(PublicKey key) implements ServerKeyDatabase {
        @Override
        public List<PublicKey> lookup(String address, InetSocketAddress remote, Configuration config) {
            return List.of(key);
        }

        @Override
        public boolean accept(String address, InetSocketAddress remote, PublicKey serverKey, Configuration config,
                CredentialsProvider provider) {
            return KeyUtils.compareKeys(key, serverKey);
        }
    }
}
