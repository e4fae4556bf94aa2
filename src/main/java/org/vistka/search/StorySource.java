package org.vistka.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads from the database what the index needs: which stories changed since a stamp, and published stories whole
 * (text, bylines, tags, sources) in batches of a fixed number of statements. Thread-safe.
 */
final class StorySource {
    private final Jdbi jdbi;

    StorySource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A story's change: its id, the stamp of the change and whether the story is published now. */
    record Change(long id, long stamp, boolean published) {
    }

    /** Every story stamped after {@code stamp}, oldest change first. */
    List<Change> changedSince(long stamp) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, changed_at, status FROM article WHERE changed_at > :since ORDER BY changed_at, id""")
                .bind("since", stamp)
                .map((rs, ctx) -> new Change(rs.getLong("id"), rs.getLong("changed_at"), "published".equals(rs.getString("status"))))
                .list());
    }

    /** The newest stamp of any story, 0 when there is none. */
    long latestStamp() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(changed_at), 0) FROM article").mapTo(Long.class).one());
    }

    int publishedCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE status = 'published'").mapTo(Integer.class).one());
    }

    /** The ids of up to {@code limit} published stories after {@code afterId}, in id order: a rebuild walks them. */
    List<Long> publishedIdsAfter(long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id FROM article WHERE status = 'published' AND id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId).bind("limit", limit).mapTo(Long.class).list());
    }

    /** The stories among {@code ids} that are published, whole, in four statements. */
    List<IndexedStory> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, List<Long>> authorIds = new HashMap<>();
            Map<Long, List<String>> names = new HashMap<>();
            Map<Long, List<String>> tags = new HashMap<>();
            h.createQuery("""
                            SELECT aa.article_id, au.id, au.name FROM article_author aa JOIN author au ON au.id = aa.author_id
                            WHERE aa.article_id IN (<ids>) ORDER BY aa.article_id, aa.position""")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> {
                        authorIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                        return names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                    }).list();
            collect(h, "SELECT at.article_id, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id IN (<ids>)",
                    ids, tags);
            tags.forEach((id, tagNames) -> names.computeIfAbsent(id, k -> new ArrayList<>()).addAll(tagNames));
            collect(h, "SELECT x.article_id, s.name FROM article_source x JOIN source s ON s.id = x.source_id WHERE x.article_id IN (<ids>)",
                    ids, names);
            return h.createQuery("""
                            SELECT id, title, standfirst, body_html, section_id, published_at FROM article
                            WHERE status = 'published' AND id IN (<ids>) ORDER BY id""")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        return new IndexedStory(id, rs.getString("title"), rs.getString("standfirst"),
                                PlainText.of(rs.getString("body_html")), tags.getOrDefault(id, List.of()),
                                names.getOrDefault(id, List.of()), rs.getLong("section_id"),
                                authorIds.getOrDefault(id, List.of()), Instant.ofEpochMilli(rs.getLong("published_at")));
                    })
                    .list();
        });
    }

    private static void collect(Handle h, String sql, List<Long> ids, Map<Long, List<String>> into) {
        h.createQuery(sql).bindList("ids", ids)
                .map((rs, ctx) -> into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
    }
}
