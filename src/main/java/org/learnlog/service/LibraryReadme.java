package org.learnlog.service;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learnlog.model.Signatures;
import org.learnlog.model.LibraryFeedback;
import org.learnlog.model.LibraryItem;

/**
 * The library's README.md, written anew on each publish: every item by topic, newest first, with a link
 * to its file and its teammates' feedback counts, so the repository reads well on any forge.
 */
final class LibraryReadme {
    private LibraryReadme() {
    }

    static String of(List<LibraryItem> items, List<LibraryFeedback> feedback) {
        Map<UUID, List<LibraryFeedback>> byItem = feedback.stream().collect(Collectors.groupingBy(LibraryFeedback::item));
        List<LibraryItem> main = items.stream().filter(item -> item.conflictOf().isEmpty()).toList();
        Map<String, List<LibraryItem>> byTopic = new TreeMap<>(main.stream().collect(Collectors.groupingBy(LibraryPaths::topic)));
        StringBuilder out = new StringBuilder("# Team library\n\n")
                .append("Aids and notes this team shares with Learnlog: ").append(main.size())
                .append(main.size() == 1 ? " item" : " items").append(". Learnlog writes this page on each publish.\n");
        byTopic.forEach((topic, inTopic) -> {
            out.append("\n## ").append(topic).append(" (").append(inTopic.size()).append(")\n\n");
            inTopic.stream().sorted(Comparator.comparing(LibraryItem::updated).reversed()).forEach(item -> {
                List<LibraryFeedback> said = byItem.getOrDefault(item.id(), List.of());
                out.append("- [").append(escape(item.title())).append("](").append(item.path().replace(" ", "%20"))
                        .append(") — ").append(item.aid() ? "aid: " : "note: ").append(item.kind())
                        .append(" · by ").append(escape(Signatures.name(item.author())))
                        .append(" · version ").append(item.version())
                        .append(" · ").append(item.updated().atOffset(ZoneOffset.UTC).toLocalDate())
                        .append(" · used by ").append(said.stream().filter(LibraryFeedback::used).count())
                        .append(", helped ").append(said.stream().filter(LibraryFeedback::helped).count()).append('\n');
                items.stream().filter(copy -> copy.conflictOf().filter(item.id()::equals).isPresent())
                        .forEach(copy -> out.append("  - a version published at the same time: [")
                                .append(copy.path()).append("](").append(copy.path()).append(")\n"));
            });
        });
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("[", "\\[").replace("]", "\\]");
    }
}
