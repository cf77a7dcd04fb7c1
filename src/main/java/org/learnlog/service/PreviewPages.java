package org.learnlog.service;

import org.learnlog.markdown.PageReader;
import org.learnlog.model.Page;

/** Reads a note's Markdown into the page the editor's preview draws. */
public final class PreviewPages {
    /** How much of a note a preview shows; past that, the page says it was cut. */
    public static final int MAX_CHARACTERS = PageReader.MAX_CHARACTERS;

    private final PageReader reader = new PageReader();

    public Page page(String markdown) {
        return reader.read(markdown);
    }
}
