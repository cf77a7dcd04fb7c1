package org.learnlog.model;

import java.util.List;

/**
 * What a search found: the best hits first, how many notes matched in all (or, when {@code exactTotal}
 * is false, at least how many: the scan that answers while the index is rebuilt stops at the hits it
 * shows), hints about parts of the query that were ignored, and whether the full-text index answered.
 */
public record SearchResults(List<SearchHit> hits, long total, boolean exactTotal, List<String> hints,
                            boolean fromIndex) {

    public SearchResults {
        hits = List.copyOf(hits);
        hints = List.copyOf(hints);
    }
}
