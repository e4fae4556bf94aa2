package org.vistka.search;

import java.util.List;

/** One page of search results, and whether another page follows. */
public record SearchResults(List<SearchHit> hits, boolean hasNext) {
    public static final SearchResults NONE = new SearchResults(List.of(), false);
}
