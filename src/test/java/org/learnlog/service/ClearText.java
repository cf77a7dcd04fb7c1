package org.learnlog.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

/** Looks for a text in the clear in every file under a folder, inside zips too, as anyone who can read the disk could. */
final class ClearText {
    private ClearText() {
    }

    static boolean anywhereIn(Path folder, String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(Files.readAllBytes(file), wanted) || contains(unzipped(file), wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] unzipped(Path file) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (in.getNextEntry() != null) {
                in.transferTo(all);
            }
            return all.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
