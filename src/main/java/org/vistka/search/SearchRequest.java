package org.vistka.search;

import java.time.LocalDate;

/**
 * One search: what was typed, the filters (null when not set; dates are Kyiv days, both ends included), the order
 * and which page of {@code pageSize} results. Typed text is taken apart by the index itself and may be anything.
 */
public record SearchRequest(String text, Long sectionId, Long authorId, LocalDate from, LocalDate to,
                            SearchOrder order, int page, int pageSize) {

    /** A first page of the best matches for {@code text}, with no filter. */
    public static SearchRequest of(String text, int pageSize) {
        return new SearchRequest(text, null, null, null, null, SearchOrder.RELEVANCE, 1, pageSize);
    }

    boolean hasFilter() {
        return sectionId != null || authorId != null || from != null || to != null;
    }
}
