package org.vistka.search;

/** How search results are ordered: best match first, or newest story first. */
public enum SearchOrder {
    RELEVANCE("relevance"), NEWEST("newest");

    private final String parameter;

    SearchOrder(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code sort} parameter that asks for this order. */
    public String parameter() {
        return parameter;
    }
}
