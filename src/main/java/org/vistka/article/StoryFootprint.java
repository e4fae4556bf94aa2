package org.vistka.article;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.vistka.storage.ContentChanges;

/**
 * Which public lists hold a story: none unless it is published, and then the home page, the archive, its
 * section, authors, tags and sources, in the order of its publication time. Comparing a story's footprint
 * before and after a save tells which lists changed, so a save that only mends a sentence reaches the story's
 * own page and the pages that show its title, and no list that merely could hold it.
 */
record StoryFootprint(boolean published, Instant publishedAt, long sectionId, Set<Long> authorIds, Set<Long> tagIds,
                      Set<Long> sourceIds) {

    static StoryFootprint of(NewArticle a) {
        return new StoryFootprint(a.status() == ArticleStatus.PUBLISHED, a.publishedAt(), a.sectionId(),
                Set.copyOf(a.authorIds()), Set.copyOf(a.tagIds()), Set.copyOf(a.sourceIds()));
    }

    static Optional<StoryFootprint> load(Handle handle, long id) {
        Optional<StoryFootprint> row = handle.createQuery("SELECT status, published_at, section_id FROM article WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new StoryFootprint("published".equals(rs.getString("status")),
                        ArticleRows.instant(rs, "published_at"), rs.getLong("section_id"), Set.of(), Set.of(), Set.of()))
                .findOne();
        return row.map(r -> new StoryFootprint(r.published, r.publishedAt, r.sectionId,
                ids(handle, "SELECT author_id FROM article_author WHERE article_id = :id", id),
                ids(handle, "SELECT tag_id FROM article_tag WHERE article_id = :id", id),
                ids(handle, "SELECT source_id FROM article_source WHERE article_id = :id", id)));
    }

    /**
     * The tags a save of story {@code id} changes, from what it was (empty for a new story) to what it is. When the
     * story appears or disappears, so do the See-also blocks that name it in other stories.
     */
    static Set<String> changeTags(Handle handle, long id, Optional<StoryFootprint> before, StoryFootprint after) {
        Set<String> tags = new HashSet<>();
        boolean wasPublished = before.map(StoryFootprint::published).orElse(false);
        if (wasPublished || after.published()) {
            tags.add(ContentChanges.story(id));
        }
        if (wasPublished != after.published()) {
            handle.createQuery("SELECT article_id FROM article_link WHERE target_id = :id").bind("id", id)
                    .mapTo(Long.class).forEach(linking -> tags.add(ContentChanges.storyPage(linking)));
        }
        if (!before.equals(Optional.of(after))) {
            before.ifPresent(b -> tags.addAll(b.listTags()));
            tags.addAll(after.listTags());
        }
        return tags;
    }

    Set<String> listTags() {
        if (!published) {
            return Set.of();
        }
        Set<String> tags = new HashSet<>(List.of(ContentChanges.HOME, ContentChanges.ALL_STORIES,
                ContentChanges.list("section", sectionId)));
        authorIds.forEach(a -> tags.add(ContentChanges.list("author", a)));
        tagIds.forEach(t -> tags.add(ContentChanges.list("tag", t)));
        sourceIds.forEach(s -> tags.add(ContentChanges.list("source", s)));
        return tags;
    }

    private static Set<Long> ids(Handle handle, String sql, long id) {
        return Set.copyOf(handle.createQuery(sql).bind("id", id).mapTo(Long.class).list());
    }
}
