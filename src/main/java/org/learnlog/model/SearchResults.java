package org.learnlog.model;

import java.util.List;

/**
 * What a search found: the best hits first, how many notes matched in all, hints about parts of the
 * query that were ignored, and whether the full-text index answered (or a slower scan while it is rebuilt).
 */
public record SearchResults(List<SearchHit> hits, long total, List<String> hints, boolean fromIndex) {

    public SearchResults {
        hits = List.copyOf(hits);
        hints = List.copyOf(hints);
    }
}
