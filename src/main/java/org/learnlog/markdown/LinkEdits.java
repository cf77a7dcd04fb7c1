package org.learnlog.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.learnlog.model.NoteLink;

/**
 * Changes the links of a note's body and nothing else: every other character stays as written. The
 * body is read as Markdown, so a link inside code is left alone. Used to turn links into files'
 * paths on export and back on import, to follow a renamed note, and to make links plain text.
 */
public final class LinkEdits {

    private LinkEdits() {
    }

    /** A {@code [[wiki link]]} as written: the note's name, its heading (or empty) and its label (or empty). */
    public record WikiTarget(String name, String heading, String label) {
        /** What the link reads as: its label, or the name with its heading. */
        public String text() {
            return !label.isEmpty() ? label : heading.isEmpty() ? name : name + " › " + heading;
        }
    }

    /** Each link to a note by id gets the address {@code address} gives its note, with its #heading kept. */
    public static String toFiles(String body, Function<UUID, Optional<String>> address) {
        return edit(body, (link, edits) -> NoteLink.idIn(link.getUrl().toString())
                .flatMap(address)
                .ifPresent(path -> edits.add(new Edit(link.getUrl(), path + heading(link.getUrl().toString())))), null);
    }

    /**
     * Each link whose address {@code byAddress} knows (the address without its #heading) goes to that
     * note by id; each {@code [[wiki link]]} that {@code byName} knows becomes a link to its note.
     * Links to notes neither knows stay as they are.
     */
    public static String fromFiles(String body, Function<String, Optional<UUID>> byAddress,
                                   Function<WikiTarget, Optional<UUID>> byName) {
        return edit(body, (link, edits) -> {
            String address = link.getUrl().toString();
            String heading = heading(address);
            String file = address.substring(0, address.length() - heading.length());
            if (!file.isEmpty() && NoteLink.idIn(address).isEmpty()) {
                byAddress.apply(file).ifPresent(id -> edits.add(new Edit(link.getUrl(), NoteLink.SCHEME + id + heading)));
            }
        }, (wiki, edits) -> {
            WikiTarget target = target(wiki);
            byName.apply(target).ifPresent(id -> edits.add(new Edit(wiki.getChars(),
                    "[" + NoteLink.escapeLabel(target.text()) + "](" + NoteLink.SCHEME + id
                            + (target.heading().isEmpty() ? "" : "#" + Addresses.encode(target.heading())) + ")")));
        });
    }

    /** Links to note {@code id} that read {@code oldTitle} read {@code newTitle}; links with a label of their own stay. */
    public static String relabel(String body, UUID id, String oldTitle, String newTitle) {
        return edit(body, (link, edits) -> {
            if (NoteLink.idIn(link.getUrl().toString()).filter(id::equals).isPresent()
                    && link.getText().unescape().equals(oldTitle)) {
                edits.add(new Edit(link.getText(), NoteLink.escapeLabel(newTitle)));
            }
        }, null);
    }

    /** Each link's or image's address that {@code address} knows is replaced by what it gives. */
    public static String retarget(String body, Function<String, Optional<String>> address) {
        Finder<Link> links = (link, edits) -> address.apply(link.getUrl().toString())
                .ifPresent(to -> edits.add(new Edit(link.getUrl(), to)));
        return edit(body, links, null, (image, edits) -> address.apply(image.getUrl().toString())
                .ifPresent(to -> edits.add(new Edit(image.getUrl(), to))), null);
    }

    /** The addresses of the body's links and images, in order. */
    public static List<String> addresses(String body) {
        List<String> found = new ArrayList<>();
        retarget(body, address -> {
            found.add(address);
            return Optional.empty();
        });
        return found;
    }

    /** Each Obsidian embed {@code ![[name]]} that {@code markdown} knows is replaced by the Markdown it gives. */
    public static String embeds(String body, Function<String, Optional<String>> markdown) {
        return edit(body, null, null, null, (embed, edits) -> markdown.apply(embed.getPageRef().unescape().strip())
                .ifPresent(to -> edits.add(new Edit(embed.getChars(), to))));
    }

    /** Every {@code [[title]]} that names {@code title} (any label) becomes a link to note {@code id}. */
    public static String resolveTitle(String body, String title, UUID id) {
        return edit(body, null, (wiki, edits) -> {
            WikiTarget target = target(wiki);
            if (target.name().equals(title)) {
                edits.add(new Edit(wiki.getChars(), NoteLink.markdown(target.text(), id)));
            }
        });
    }

    /** Links to note {@code from} go to note {@code to} instead. */
    public static String repoint(String body, UUID from, UUID to) {
        return edit(body, (link, edits) -> {
            if (NoteLink.idIn(link.getUrl().toString()).filter(from::equals).isPresent()) {
                edits.add(new Edit(link.getUrl(), NoteLink.SCHEME + to));
            }
        }, null);
    }

    /** Links to notes, by id or by {@code [[title]]}, become their text: what an aid keeps of them. */
    public static String plain(String body) {
        return edit(body, (link, edits) -> {
            if (NoteLink.idIn(link.getUrl().toString()).isPresent()) {
                edits.add(new Edit(link.getChars(), link.getText().toString()));
            }
        }, (wiki, edits) -> edits.add(new Edit(wiki.getChars(), NoteLink.escapeLabel(target(wiki).text()))));
    }

    static WikiTarget target(WikiLink wiki) {
        String label = wiki.getTextSeparatorMarker().isEmpty() ? "" : wiki.getText().unescape();
        return new WikiTarget(wiki.getPageRef().unescape().strip(), wiki.getAnchorRef().unescape().strip(), label.strip());
    }

    /** An address's {@code #heading} part, with its #, or empty. */
    private static String heading(String address) {
        int hash = address.indexOf('#');
        return hash < 0 ? "" : address.substring(hash);
    }

    private static String edit(String body, Finder<Link> links, Finder<WikiLink> wikis) {
        return edit(body, links, wikis, null, null);
    }

    private static String edit(String body, Finder<Link> links, Finder<WikiLink> wikis, Finder<Image> images,
                               Finder<WikiImage> embeds) {
        if (body == null || body.isEmpty() || !body.contains("[")) {
            return body;
        }
        List<Edit> edits = new ArrayList<>();
        List<VisitHandler<?>> handlers = new ArrayList<>();
        if (links != null) {
            handlers.add(new VisitHandler<>(Link.class, link -> links.find(link, edits)));
        }
        if (wikis != null) {
            handlers.add(new VisitHandler<>(WikiLink.class, wiki -> wikis.find(wiki, edits)));
        }
        if (images != null) {
            handlers.add(new VisitHandler<>(Image.class, image -> images.find(image, edits)));
        }
        if (embeds != null) {
            handlers.add(new VisitHandler<>(WikiImage.class, embed -> embeds.find(embed, edits)));
        }
        Node document = NoteParser.PARSER.parse(body);
        new NodeVisitor(handlers.toArray(VisitHandler[]::new)).visit(document);
        if (edits.isEmpty()) {
            return body;
        }
        StringBuilder edited = new StringBuilder(body);
        edits.sort((a, b) -> Integer.compare(b.start, a.start));
        for (Edit change : edits) {
            edited.replace(change.start, change.end, change.text);
        }
        return edited.toString();
    }

    @FunctionalInterface
    private interface Finder<T extends Node> {
        void find(T node, List<Edit> edits);
    }

    /** Characters {@code start}..{@code end} of the body become {@code text}. */
    private record Edit(int start, int end, String text) {
        Edit(BasedSequence chars, String text) {
            this(chars.getStartOffset(), chars.getEndOffset(), text);
        }
    }
}
