package org.learnlog.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.learnlog.Main;

/** `learnlog …` as its own process, the way a terminal starts it, in a given folder. */
record LearnlogProcess(int code, String out, String err) {

    static LearnlogProcess run(Path workingDir, String... args) throws IOException, InterruptedException {
        return run(workingDir, Map.of(), args);
    }

    /** As {@link #run(Path, String...)}, with {@code environment} added to this process's own. */
    static LearnlogProcess run(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String out = read(process.getInputStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("learnlog " + String.join(" ", args) + " did not end; it said: " + out + err.join());
        }
        return new LearnlogProcess(process.exitValue(), out, err.join());
    }

    /** A process that owns the journal in {@code dataDir} and listens, as the app does, until it is killed. */
    static Process owner(Path dataDir) throws IOException {
        Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                ListeningOwner.class.getName(), dataDir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("The owner did not start; it said: " + line);
        }
        return process;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
