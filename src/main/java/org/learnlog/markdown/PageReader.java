package org.learnlog.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learnlog.model.Attachment;
import org.learnlog.model.NoteLink;
import org.learnlog.model.Page;
import org.learnlog.model.Page.Block;
import org.learnlog.model.Page.Run;
import org.learnlog.model.Page.Style;

/**
 * Reads a note's Markdown into a {@link Page}: the blocks and styled text the preview draws, with the
 * notes its links go to ({@code [text](note:<id>)} and {@code [[a title]]}) and the attachments it shows
 * or links ({@code ![description](attachment:<id>)}). Raw HTML
 * is shown as text, never interpreted, and images by their description: nothing is fetched. A long note
 * is read up to {@link #MAX_CHARACTERS}, so a 10 MB paste can't freeze the window that draws it.
 */
public final class PageReader {
    public static final int MAX_CHARACTERS = 50_000;

    public Page read(String markdown) {
        Reading reading = new Reading();
        List<Block> blocks = reading.blocks(NoteParser.PARSER.parse(markdown == null ? "" : markdown));
        return new Page(blocks, reading.cut);
    }

    /** One document's reading: what is left of the character budget. */
    private static final class Reading {
        private int left = MAX_CHARACTERS;
        private boolean cut;
        /** The note the text being read links to, while inside such a link. */
        private NoteLink linking;
        /** The attachment the text being read links to, while inside such a link. */
        private String attaching;

        List<Block> blocks(Node parent) {
            List<Block> blocks = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (left <= 0) {
                    cut = true;
                    break;
                }
                Block block = block(node);
                if (block != null) {
                    blocks.add(block);
                }
            }
            return blocks;
        }

        /** The block for a node, or null for what a page does not show (link definitions, front matter). */
        private Block block(Node node) {
            if (node instanceof Heading heading) {
                return new Page.Heading(heading.getLevel(), runs(heading));
            } else if (node instanceof Paragraph paragraph) {
                return new Page.Paragraph(runs(paragraph));
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                return new Page.Code(spend(((ContentNode) node).getContentChars().toString()
                        .stripTrailing()));
            } else if (node instanceof HtmlBlockBase) {
                return new Page.Code(spend(node.getChars().toString().stripTrailing()));
            } else if (node instanceof BlockQuote) {
                return new Page.Quote(blocks(node));
            } else if (node instanceof com.vladsch.flexmark.ast.ListBlock) {
                return list(node);
            } else if (node instanceof TableBlock) {
                return table(node);
            } else if (node instanceof ThematicBreak) {
                return new Page.Rule();
            }
            return null;
        }

        private Page.ListBlock list(Node list) {
            List<Page.Item> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null && left > 0; item = item.getNext()) {
                if (item instanceof ListItem) {
                    Boolean task = item instanceof TaskListItem box ? box.isItemDoneMarker() : null;
                    items.add(new Page.Item(task, blocks(item)));
                }
            }
            boolean numbered = list instanceof OrderedList;
            return new Page.ListBlock(numbered, numbered ? ((OrderedList) list).getStartNumber() : 1, items);
        }

        /** The header's rows, then the body's: the cells of every row of the table's sections. */
        private Page.Table table(Node table) {
            List<List<List<Run>>> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                if (section instanceof TableSeparator) {
                    continue;
                }
                for (Node row = section.getFirstChild(); row != null && left > 0; row = row.getNext()) {
                    List<List<Run>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(runs(cell));
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                    }
                }
            }
            return new Page.Table(rows);
        }

        private List<Run> runs(Node parent) {
            List<Run> runs = new ArrayList<>();
            inline(parent, EnumSet.noneOf(Style.class), runs);
            return runs;
        }

        private void inline(Node parent, Set<Style> styles, List<Run> runs) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof StrongEmphasis) {
                    inline(node, with(styles, Style.STRONG), runs);
                } else if (node instanceof Emphasis) {
                    inline(node, with(styles, Style.EMPHASIS), runs);
                } else if (node instanceof Code code) {
                    add(runs, code.getText().toString(), with(styles, Style.CODE));
                } else if (node instanceof Image image && Attachment.idIn(image.getUrl().toString()).isPresent()) {
                    attaching = Attachment.idIn(image.getUrl().toString()).get();
                    runs.add(new Run(spend(image.getText().unescape()), with(styles, Style.IMAGE), null, attaching));
                    attaching = null;
                } else if (node instanceof Image image) {
                    add(runs, "[" + image.getText().unescape() + "]", with(styles, Style.EMPHASIS));
                } else if (node instanceof ImageRef image) {
                    add(runs, "[" + image.getText().unescape() + "]", with(styles, Style.EMPHASIS));
                } else if (node instanceof WikiLink wiki) {
                    linking = NoteLink.toTitle(LinkEdits.target(wiki).name());
                    add(runs, LinkEdits.target(wiki).text(), with(styles, Style.LINK));
                    linking = null;
                } else if (node instanceof LinkNodeBase || node instanceof LinkRef) {
                    linking = node instanceof LinkNodeBase link
                            ? NoteLink.idIn(link.getUrl().toString()).map(NoteLink::to).orElse(null) : null;
                    attaching = node instanceof LinkNodeBase link ? Attachment.idIn(link.getUrl().toString()).orElse(null) : null;
                    linked(node, styles, runs);
                    linking = null;
                    attaching = null;
                } else if (node instanceof SoftLineBreak) {
                    add(runs, " ", styles);
                } else if (node instanceof HardLineBreak) {
                    add(runs, "\n", styles);
                } else if (node.hasChildren()) {
                    inline(node, styles, runs);
                } else {
                    add(runs, node.getChars().unescape(), styles);
                }
            }
        }

        /** A link's text, marked as a link; an autolink has no text but its address. */
        private void linked(Node link, Set<Style> styles, List<Run> runs) {
            if (link.hasChildren()) {
                inline(link, with(styles, Style.LINK), runs);
            } else {
                String address = link instanceof LinkNodeBase node ? node.getUrl().unescape() : link.getChars().unescape();
                add(runs, address, with(styles, Style.LINK));
            }
        }

        /** Adds the text, joined to the run before it when their styles are the same: fewer pieces to draw. */
        private void add(List<Run> runs, String text, Set<Style> styles) {
            if (text.isEmpty() || left <= 0) {
                return;
            }
            String kept = spend(text);
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.styles().equals(styles) && Objects.equals(last.note(), linking)
                    && Objects.equals(last.attachment(), attaching)) {
                runs.set(runs.size() - 1, new Run(last.text() + kept, styles, linking, attaching));
            } else {
                runs.add(new Run(kept, styles, linking, attaching));
            }
        }

        /** The text, cut to what is left of the budget. */
        private String spend(String text) {
            String kept = text.length() <= left ? text : text.substring(0, Math.max(0, left));
            left -= text.length();
            if (left < 0) {
                cut = true;
            }
            return kept;
        }

        private static Set<Style> with(Set<Style> styles, Style style) {
            Set<Style> more = styles.isEmpty() ? EnumSet.noneOf(Style.class) : EnumSet.copyOf(styles);
            more.add(style);
            return more;
        }
    }
}
