package org.learnlog.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.UUID;
import org.learnlog.model.NoteLink;

/** The sentence a link to a note stands in, as plain text: what a backlink shows of the note that links. */
public final class LinkSentences {
    /** Longer sentences are cut around the link, so a backlink stays a line or two. */
    static final int MAX_LENGTH = 200;

    private LinkSentences() {
    }

    /** The sentence around the first link to note {@code id} in {@code body}, or empty if there is none. */
    public static String around(String body, UUID id) {
        if (body == null || !body.contains(NoteLink.SCHEME + id)) {
            return "";
        }
        Link[] found = new Link[1];
        new NodeVisitor(new VisitHandler<>(Link.class, link -> {
            if (found[0] == null && NoteLink.idIn(link.getUrl().toString()).filter(id::equals).isPresent()) {
                found[0] = link;
            }
        })).visit(NoteParser.PARSER.parse(body));
        if (found[0] == null) {
            return "";
        }
        Node block = found[0].getAncestorOfType(Paragraph.class, Heading.class, TableCell.class);
        String label = new TextCollectingVisitor().collectAndGetText(found[0]);
        String text = new TextCollectingVisitor().collectAndGetText(block == null ? found[0] : block)
                .replaceAll("\\s+", " ").strip();
        return sentence(text, Math.max(0, text.indexOf(label.replaceAll("\\s+", " ").strip())));
    }

    private static String sentence(String text, int at) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = sentences.following(Math.min(at, Math.max(0, text.length() - 1)));
        int start = sentences.previous();
        String sentence = text.substring(Math.max(0, start), end == BreakIterator.DONE ? text.length() : end).strip();
        if (sentence.length() <= MAX_LENGTH) {
            return sentence;
        }
        int from = Math.max(0, Math.min(at - start - MAX_LENGTH / 2, sentence.length() - MAX_LENGTH));
        return (from > 0 ? "…" : "") + sentence.substring(from, from + MAX_LENGTH).strip()
                + (from + MAX_LENGTH < sentence.length() ? "…" : "");
    }
}
