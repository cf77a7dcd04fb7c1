package org.learnlog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over SSH on a local port, as a forge's SSH endpoint: it lets in the public keys it is given and
 * serves {@code git-upload-pack} and {@code git-receive-pack} for the bare repositories in a folder.
 */
final class SshGitServer implements AutoCloseable {
    final KeyPair hostKey = keyPair();
    private final SshServer server = SshServer.setUpDefaultServer();
    private final Path root;

    /** Lets in the keys in {@code authorizedKeys}, read again whenever the file changes. */
    SshGitServer(Path root, Path authorizedKeys) throws IOException {
        this.root = root;
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(authorizedKeys));
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
    }

    /** The remote of the repository {@code name} in the root folder, as a library is given it. */
    String url(String name) {
        return "ssh://git@127.0.0.1:" + server.getPort() + "/" + name;
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** One git command: "git-upload-pack '/team.git'", run by JGit on its own thread. */
    private final class GitCommand implements Command {
        private final String line;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String line) {
            this.line = line;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            new Thread(this::run, "ssh-git").start();
        }

        private void run() {
            List<String> words = org.apache.sshd.server.command.CommandFactory.split(line);
            String path = words.get(1).replaceFirst("^/", "");
            try (Repository repository = Git.open(root.resolve(path).toFile()).getRepository()) {
                if (words.get(0).equals("git-upload-pack")) {
                    new UploadPack(repository).upload(in, out, err);
                } else if (words.get(0).equals("git-receive-pack")) {
                    new ReceivePack(repository).receive(in, out, err);
                } else {
                    throw new IOException("Not a git command: " + line);
                }
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                try {
                    err.write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                    err.flush();
                } catch (IOException ignored) {
                    // The client has gone; the exit status says enough.
                }
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }
    }
}
