package org.vistka.article;

/**
 * Which published stories a list page shows: all of them, or those of one section, tag, author or source.
 * Each carries the SQL condition that selects its stories by the key {@code :key}.
 */
public enum Listing {
    ALL(""),
    SECTION("AND a.section_id = :key"),
    TAG("AND a.id IN (SELECT article_id FROM article_tag WHERE tag_id = :key)"),
    AUTHOR("AND a.id IN (SELECT article_id FROM article_author WHERE author_id = :key)"),
    SOURCE("AND a.id IN (SELECT article_id FROM article_source WHERE source_id = :key)");

    private final String condition;

    Listing(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
