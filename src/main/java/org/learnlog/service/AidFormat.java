package org.learnlog.service;

import java.nio.file.Path;
import java.util.Locale;

/** The files an aid is exported to: Markdown to share and re-import, a web page, or a PDF to print. */
public enum AidFormat {
    MARKDOWN(".md"), HTML(".html"), PDF(".pdf");

    private final String extension;

    AidFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file's name asks for; Markdown unless it ends in .html or .pdf. */
    public static AidFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(HTML.extension) || name.endsWith(".htm") ? HTML : name.endsWith(PDF.extension) ? PDF : MARKDOWN;
    }
}
