package org.learnlog.model;

import java.util.List;
import java.util.Set;

/**
 * A note's Markdown read into blocks of styled text, for the preview to draw with its own controls
 * instead of a web browser. {@code cut} says the note was longer than a preview shows.
 */
public record Page(List<Block> blocks, boolean cut) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    /** A piece of the page, one below the other. */
    public sealed interface Block permits Heading, Paragraph, Code, Quote, ListBlock, Table, Rule {
    }

    /** A heading of level 1 to 6. */
    public record Heading(int level, List<Run> text) implements Block {
        public Heading {
            text = List.copyOf(text);
        }
    }

    public record Paragraph(List<Run> text) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }
    }

    /** A block of code, or of raw HTML, shown as written. */
    public record Code(String text) implements Block {
    }

    public record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /** A bulleted list, or a numbered one counting from {@code start}. */
    public record ListBlock(boolean numbered, int start, List<Item> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A list item; {@code task} is null for a plain item, else whether its box is ticked. */
    public record Item(Boolean task, List<Block> blocks) {
        public Item {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table: the header row first, then the body's rows; each cell is a line of runs. */
    public record Table(List<List<List<Run>>> rows) implements Block {
        public Table {
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
        }
    }

    /** A thematic break: a line across the page. */
    public record Rule() implements Block {
    }

    /**
     * Text in one style: any mix of strong, emphasis, code, link and image. {@code note} is where a link
     * to another note goes, {@code attachment} the id of the file a link or an image shows (each null for
     * other text), so the preview can open or draw it. An image's text is its description.
     */
    public record Run(String text, Set<Style> styles, NoteLink note, String attachment) {
        public Run {
            styles = Set.copyOf(styles);
        }

        public Run(String text, Set<Style> styles) {
            this(text, styles, null, null);
        }

        public Run(String text, Set<Style> styles, NoteLink note) {
            this(text, styles, note, null);
        }

        public static Run plain(String text) {
            return new Run(text, Set.of());
        }
    }

    public enum Style { STRONG, EMPHASIS, CODE, LINK, IMAGE }
}
