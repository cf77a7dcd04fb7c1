package org.learnlog.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learnlog.model.SearchHit;
import org.learnlog.model.SearchResults;
import org.learnlog.model.Snippet;

/** Search results as one JSON object, for scripts: the text and the matched character ranges, unmarked. */
final class SearchJson {

    private SearchJson() {
    }

    static String of(SearchResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", results.total());
        json.put("exactTotal", results.exactTotal());
        json.put("fromIndex", results.fromIndex());
        json.put("hints", results.hints());
        json.put("hits", results.hits().stream().map(SearchJson::hit).toList());
        try {
            return JSON.std.asString(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Can't write search results as JSON", e);
        }
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hit.id().toString());
        json.put("date", hit.date().toString());
        json.put("kind", hit.kind().slug());
        json.put("tags", hit.tags());
        json.put("title", snippet(hit.title()));
        json.put("snippet", snippet(hit.snippet()));
        json.put("score", hit.score());
        return json;
    }

    private static Map<String, Object> snippet(Snippet snippet) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", snippet.text());
        json.put("matches", snippet.matches().stream().map(span -> List.of(span.start(), span.end())).toList());
        return json;
    }
}
