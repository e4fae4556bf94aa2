package org.vistka.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.vistka.article.Permalinks;

/**
 * The first-party share counts: one row per story, network and Kyiv day, raised by one upsert per share so that a
 * burst of shares costs one short write each and nothing else. Nothing about the reader is stored. Thread-safe.
 */
public final class ShareCounts {
    private final Jdbi jdbi;

    public ShareCounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Counts one share of story {@code articleId} on {@code network} on {@code day}. */
    public void add(long articleId, ShareNetwork network, LocalDate day) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO share_count (article_id, network, day, count) VALUES (:article, :network, :day, 1)
                        ON CONFLICT (article_id, network, day) DO UPDATE SET count = share_count.count + 1""")
                .bind("article", articleId).bind("network", network.key()).bind("day", day.toEpochDay()).execute());
    }

    /** A story's shares on every network that has any, all days together. */
    public Map<ShareNetwork, Long> ofStory(long articleId) {
        Map<ShareNetwork, Long> counts = new EnumMap<>(ShareNetwork.class);
        jdbi.useHandle(h -> h.createQuery("SELECT network, SUM(count) AS total FROM share_count WHERE article_id = :article GROUP BY network")
                .bind("article", articleId)
                .map((rs, ctx) -> Map.entry(rs.getString("network"), rs.getLong("total")))
                .forEach(row -> ShareNetwork.byKey(row.getKey()).ifPresent(network -> counts.put(network, row.getValue()))));
        return counts;
    }

    /**
     * The stories shared most on {@code day}, at most {@code limit}, ranked by their shares on {@code rankBy} (or by all
     * their shares when it is null), then the newest story first. One statement.
     */
    public List<MostShared> mostShared(LocalDate day, ShareNetwork rankBy, int limit) {
        Map<Long, MostShared> stories = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                        SELECT c.article_id, c.network, c.count, a.title, a.slug, a.published_at
                        FROM share_count c JOIN article a ON a.id = c.article_id
                        WHERE c.day = :day""")
                .bind("day", day.toEpochDay())
                .map((rs, ctx) -> new Row(rs.getLong("article_id"), rs.getString("title"),
                        Permalinks.articlePath(rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at"))),
                        rs.getString("network"), rs.getLong("count")))
                .forEach(row -> ShareNetwork.byKey(row.network()).ifPresent(network -> stories.computeIfAbsent(row.articleId(),
                                id -> new MostShared(id, row.title(), row.path(), new EnumMap<>(ShareNetwork.class)))
                        .counts().put(network, row.count()))));
        List<MostShared> ranked = new ArrayList<>(stories.values());
        ranked.removeIf(story -> story.count(rankBy) == 0);
        ranked.sort(Comparator.comparingLong((MostShared story) -> story.count(rankBy)).reversed()
                .thenComparing(Comparator.comparingLong(MostShared::articleId).reversed()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private record Row(long articleId, String title, String path, String network, long count) {
    }

    /** One story's shares on one day, per network. */
    public record MostShared(long articleId, String title, String path, Map<ShareNetwork, Long> counts) {
        /** Its shares on {@code network}, or on all networks when that is null. */
        public long count(ShareNetwork network) {
            return network == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(network, 0L);
        }
    }
}
