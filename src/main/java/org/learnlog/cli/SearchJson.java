package org.learnlog.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchResults;
import org.learnlog.model.Snippet;

/** Search results as one JSON object, for scripts: the text and the matched character ranges, unmarked. */
final class SearchJson {

    private SearchJson() {
    }

    static String of(SearchResults results) {
        return "{\"total\":" + results.total() + ",\"exactTotal\":" + results.exactTotal()
                + ",\"fromIndex\":" + results.fromIndex() + ",\"hints\":" + strings(results.hints()) + ",\"hits\":["
                + results.hits().stream().map(SearchJson::hit).collect(Collectors.joining(",")) + "]}";
    }

    private static String hit(SearchHit hit) {
        return "{\"id\":" + string(hit.id().toString()) + ",\"date\":" + string(hit.date().toString())
                + ",\"kind\":" + string(hit.kind().slug()) + ",\"tags\":" + strings(hit.tags())
                + ",\"title\":" + snippet(hit.title()) + ",\"snippet\":" + snippet(hit.snippet())
                + ",\"score\":" + hit.score() + "}";
    }

    private static String snippet(Snippet snippet) {
        return "{\"text\":" + string(snippet.text()) + ",\"matches\":[" + snippet.matches().stream()
                .map(span -> "[" + span.start() + "," + span.end() + "]").collect(Collectors.joining(",")) + "]}";
    }

    private static String strings(List<String> values) {
        return "[" + values.stream().map(SearchJson::string).collect(Collectors.joining(",")) + "]";
    }

    /** A JSON string: quotes, backslashes and control characters escaped; lone surrogates as \\u escapes. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
