package org.learnlog.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A second Learnlog process that holds a journal open, for tests of what a locked journal does. */
public final class SecondProcess implements AutoCloseable {
    private final Process process;

    private SecondProcess(Process process) {
        this.process = process;
    }

    /** Starts the holder and returns once it has the journal open (it prints "ready"); no sleeping. */
    public static SecondProcess holding(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalLockHolder.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("The second process did not open the journal; it said: " + line);
        }
        return new SecondProcess(process);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        process.waitFor();
    }
}
