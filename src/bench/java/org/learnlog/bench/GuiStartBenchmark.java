package org.learnlog.bench;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cold start of the desktop app to its first shown window, headless under Monocle, each run a new JVM
 * with the JVM options and environment of {@code packaging/bin/learnlog} (less the class-data archive,
 * which needs a jar): the median of three, and the peak resident memory when the window is up.
 */
final class GuiStartBenchmark {
    private static final List<String> APP_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-XX:MetaspaceSize=64m",
            "-XX:TieredStopAtLevel=1");
    /** The launcher's environment for the JVM: at most two malloc arenas. */
    private static final List<String> JAVA = List.of("/usr/bin/env", "MALLOC_ARENA_MAX=2", "java");
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw");
    private static final int RUNS = 3;

    private GuiStartBenchmark() {
    }

    /** {@code gui_start.ms.<notes>} and {@code rss.mb.<notes>} for the journal in {@code dataDir}. */
    static Map<String, Double> run(Path dataDir, int notes) throws IOException, InterruptedException {
        double[] millis = new double[RUNS];
        double rss = 0;
        for (int i = 0; i < RUNS; i++) {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "maxrss-kb %M"));
            command.addAll(headlessApp(List.of("-Dlearnlog.startupProbe=true"), "org.learnlog.Main",
                    "--data-dir", dataDir.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0 || !out.contains("first-window-ms ")) {
                throw new IOException("The app did not start: " + out.lines().limit(20).collect(Collectors.joining("\n")));
            }
            for (String line : out.lines().toList()) {
                if (line.startsWith("first-window-ms ")) {
                    millis[i] = Double.parseDouble(line.substring(16));
                } else if (line.startsWith("maxrss-kb ")) {
                    rss = Math.max(rss, Double.parseDouble(line.substring(10)) / 1024);
                }
            }
        }
        Arrays.sort(millis);
        Map<String, Double> results = new LinkedHashMap<>();
        results.put("gui_start.ms." + notes, millis[RUNS / 2]);
        results.put("rss.mb." + notes, rss);
        return results;
    }

    static boolean possible() {
        return Files.isExecutable(Path.of("/usr/bin/time"));
    }

    /** Whether a real window can be drawn on a virtual display (Xvfb), as on a desktop without one. */
    static boolean windowPossible() {
        return Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
    }

    /** A new JVM with the app's options that shows real windows on a virtual display of its own. */
    static List<String> windowedApp(String main, String... args) {
        return app(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1280x800x24"), List.of(), main, args);
    }

    /** A new JVM with the app's options and {@code more}, headless, on this benchmark's class path, running {@code main}. */
    static List<String> headlessApp(List<String> more, String main, String... args) {
        List<String> options = new ArrayList<>(HEADLESS);
        options.addAll(more);
        return app(List.of(), options, main, args);
    }

    /** The app's JVM, run by {@code wrapper} (none, or a virtual display), with its options and {@code options}. */
    private static List<String> app(List<String> wrapper, List<String> options, String main, String... args) {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(JAVA);
        command.addAll(APP_OPTIONS);
        command.addAll(options);
        command.addAll(List.of("-cp", classPath(), main));
        command.addAll(List.of(args));
        return command;
    }

    /** This benchmark's own class path, which holds the app, JavaFX and Monocle. */
    private static String classPath() {
        ClassLoader loader = GuiStartBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            return Arrays.stream(urls.getURLs()).map(URL::getPath).collect(Collectors.joining(java.io.File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }
}
