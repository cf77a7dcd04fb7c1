package org.learnlog.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git remote over HTTP for tests, as a forge serves one: git's smart HTTP protocol on a local port, over a
 * bare repository, answering only requests whose Basic authorization carries {@code token} as the password.
 */
public final class HttpGitServer implements AutoCloseable {
    private final HttpServer server;
    private final Repository repository;
    private final String token;

    public HttpGitServer(Path bare, String token) throws Exception {
        this.token = token;
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        repository = Git.open(bare.toFile()).getRepository();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/team.git", this::serve);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/team.git";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!allowed(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"team\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/info/refs")) {
                String service = exchange.getRequestURI().getQuery().replace("service=", "");
                exchange.getResponseHeaders().add("Content-Type", "application/x-" + service + "-advertisement");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    PacketLineOut lines = new PacketLineOut(out);
                    lines.writeString("# service=" + service + "\n");
                    lines.end();
                    RefAdvertiser.PacketLineOutRefAdvertiser refs = new RefAdvertiser.PacketLineOutRefAdvertiser(lines);
                    if (service.equals("git-upload-pack")) {
                        upload().sendAdvertisedRefs(refs);
                    } else {
                        receive().sendAdvertisedRefs(refs);
                    }
                }
            } else {
                boolean uploading = path.endsWith("/git-upload-pack");
                exchange.getResponseHeaders().add("Content-Type",
                        uploading ? "application/x-git-upload-pack-result" : "application/x-git-receive-pack-result");
                exchange.sendResponseHeaders(200, 0);
                // Git clients gzip what they send, as forges accept it.
                boolean gzipped = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                try (InputStream in = gzipped ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
                     OutputStream out = exchange.getResponseBody()) {
                    if (uploading) {
                        upload().upload(in, out, null);
                    } else {
                        receive().receive(in, out, null);
                    }
                }
            }
        }
    }

    private boolean allowed(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return pair.endsWith(":" + token) && pair.indexOf(':') > 0;
    }

    private UploadPack upload() {
        UploadPack upload = new UploadPack(repository);
        upload.setBiDirectionalPipe(false);
        return upload;
    }

    private ReceivePack receive() {
        ReceivePack receive = new ReceivePack(repository);
        receive.setBiDirectionalPipe(false);
        return receive;
    }

    @Override
    public void close() {
        server.stop(0);
        repository.close();
    }
}
