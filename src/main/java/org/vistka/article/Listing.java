package org.vistka.article;

import java.util.Locale;
import org.vistka.storage.ContentChanges;

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

    /** The tag of {@link ContentChanges} that a change to which stories this list holds carries. */
    public String changeTag(long key) {
        return this == ALL ? ContentChanges.ALL_STORIES : ContentChanges.list(name().toLowerCase(Locale.ROOT), key);
    }
}
