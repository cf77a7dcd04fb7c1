package org.learnlog.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A journal export's folder, updated in place by a later export without losing anyone's edits. Its
 * manifest ({@code .learnlog-export}) lists each file the last export wrote with a hash of what it
 * wrote, so an export knows its own files: one unchanged since is written anew or, if its note is no
 * longer exported (deleted, renamed, filtered out), removed; one edited by hand since, or a file it
 * never wrote, is kept as it is and reported as a conflict, unless the user forces it. Safe for
 * several threads writing at once.
 */
final class ExportFolder {
    static final String MANIFEST = ".learnlog-export";
    private static final String HEADER = "Written by Learnlog. Export the journal here again to update it.\n"
            + "Learnlog lists here what it wrote, so that a file edited by hand since is never written over.\n";

    private final FolderWriter writer;
    private final boolean force;
    /** What the last export wrote, path to hash; an export from before manifests had hashes is trusted whole. */
    private final Map<String, String> before;
    private final boolean legacy;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final Map<String, String> conflicts = new ConcurrentHashMap<>();

    /** What an update of the folder did besides writing: files kept because edited by hand, files removed. */
    record Changes(List<String> kept, List<String> removed) {
    }

    private ExportFolder(FolderWriter writer, boolean force, Map<String, String> before, boolean legacy) {
        this.writer = writer;
        this.force = force;
        this.before = before;
        this.legacy = legacy;
    }

    /** The folder, which must be empty, new or an earlier export; {@code force} writes over edited files too. */
    static ExportFolder open(Path folder, boolean force) {
        FolderWriter writer = new FolderWriter(folder);
        Path manifest = writer.root().resolve(MANIFEST);
        Map<String, String> before = new TreeMap<>();
        boolean legacy = false;
        if (Files.exists(manifest)) {
            legacy = true;
            for (String line : lines(manifest)) {
                int gap = line.indexOf("  ");
                if (gap == 64) {
                    before.put(line.substring(gap + 2), line.substring(0, gap));
                    legacy = false;
                }
            }
        }
        return new ExportFolder(writer, force, before, legacy);
    }

    Path root() {
        return writer.root();
    }

    /** Writes {@code relative} unless it holds what a person wrote there; a file already as it should be is left alone. */
    void write(String relative, byte[] content) {
        String hash = hash(content);
        byte[] there = read(writer.resolve(relative));
        if (there != null && hash(there).equals(hash)) {
            written.put(relative, hash);
            return;
        }
        if (there == null || force || isOurs(relative, there)) {
            writer.write(relative, content);
            written.put(relative, hash);
            return;
        }
        conflicts.put(relative, before.getOrDefault(relative, ""));
    }

    /** Removes the files of the last export that this one did not write, if unchanged since; writes the manifest. */
    Changes finish() {
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> old : before.entrySet()) {
            String relative = old.getKey();
            if (written.containsKey(relative) || conflicts.containsKey(relative)) {
                continue;
            }
            Path file = writer.resolve(relative);
            byte[] there = read(file);
            if (there == null) {
                continue;
            }
            if (force || hash(there).equals(old.getValue())) {
                delete(file);
                removed.add(relative);
            } else {
                conflicts.put(relative, old.getValue());
            }
        }
        Map<String, String> manifest = new TreeMap<>(written);
        // An edited file stays known by what Learnlog last wrote, so it is reported until the user settles it.
        conflicts.forEach((relative, hash) -> {
            if (!hash.isEmpty()) {
                manifest.put(relative, hash);
            }
        });
        writeManifest(manifest);
        return new Changes(new ArrayList<>(new TreeMap<>(conflicts).keySet()), removed);
    }

    /** After a cancel or a failure: the manifest learns what was written, and nothing is removed. */
    void abandon() {
        Map<String, String> manifest = new TreeMap<>(before);
        manifest.putAll(written);
        writeManifest(manifest);
    }

    private void writeManifest(Map<String, String> manifest) {
        StringBuilder text = new StringBuilder(HEADER);
        manifest.forEach((relative, hash) -> text.append(hash).append("  ").append(relative).append('\n'));
        writer.write(MANIFEST, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private boolean isOurs(String relative, byte[] there) {
        String wrote = before.get(relative);
        return wrote != null ? wrote.equals(hash(there)) : legacy;
    }

    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileWriteException("Can't read " + file + " to see whether it was edited: " + e.getMessage(), e);
        }
    }

    private void delete(Path file) {
        try {
            Files.delete(file);
            Path folder = file.getParent();
            // A month's folder left empty goes too; the export's own folder stays.
            while (!folder.equals(writer.root()) && isEmpty(folder)) {
                Files.delete(folder);
                folder = folder.getParent();
            }
        } catch (IOException e) {
            throw new FileWriteException("Can't remove " + file + ", whose note is no longer exported: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<String> lines(Path manifest) {
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("Can't read " + manifest + ": " + e.getMessage(), e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
