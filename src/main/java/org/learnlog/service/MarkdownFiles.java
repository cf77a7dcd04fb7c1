package org.learnlog.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the Markdown files of a folder and reads them strictly as UTF-8 text. */
final class MarkdownFiles {

    private MarkdownFiles() {
    }

    /** Every .md file below {@code root}, in path order, leaving out hidden files and folders. */
    static List<Path> under(Path root) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("There is no folder or Markdown file " + root.toAbsolutePath() + " to import from.");
        }
        List<Path> found = new ArrayList<>();
        try {
            // A link is never followed (it could point outside the folder the user chose), and each
            // entry is looked at once: the walk's own attributes say what it is.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file) && file.getFileName().toString().endsWith(".md")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InvalidInputException("Can't read the folder " + root.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    /** Whether {@code path} is a Markdown file of its own, not a folder of them. */
    static boolean isMarkdownFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".md") || name.endsWith(".markdown"));
    }

    /** The file's text; an empty file or one that is not UTF-8 is an error that says so. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new IllegalArgumentException("The file is empty.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The file is not UTF-8 text.", e);
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
