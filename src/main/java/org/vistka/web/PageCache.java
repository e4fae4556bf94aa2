package org.vistka.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.vistka.storage.ContentChanges;

/**
 * Every public page, kept in memory compressed and ready to send, so a story that breaks is served from memory
 * however many readers come. A page is kept until the minute its Kyiv clock shows is over (so the clock in a kept
 * page is always right to the minute), until a change it names in {@link PageTags} drops it, or until the least
 * used pages make room. A reader's new comment does not drop the pages that show it but marks them outdated: they
 * are rendered again at most every {@link #OUTDATED_FOR}, by one reader while the others are still sent the page.
 *
 * <p>What is never kept: the newsroom's pages, a response to a request that carries a cookie (a commenter's held comment, anyone's
 * session), one that sets a cookie or is marked personal, anything but a 200, and addresses with query
 * parameters other than {@code page} and {@code cpage} (so made-up parameters cannot fill the cache). A thousand
 * readers who miss the same page at once wait for one render, and share its failure if it fails; a render slower
 * than {@link #LONGEST_WAIT} no longer holds them. Thread-safe.
 */
public final class PageCache {
    static final Key<PageCache> KEY = new Key<>("vistka.pageCache");
    private static final Duration FRESH = Duration.ofSeconds(60);
    /** A reader waits this long for another's render of the same page: a hanging render must not hold them all. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(3);
    /**
     * How long an outdated page (one whose comments changed) may still be sent after it was made; once older, the
     * next reader renders it again while the others still get it. A flood of comments costs a render every two
     * seconds, not one a comment.
     */
    public static final Duration OUTDATED_FOR = Duration.ofSeconds(2);
    private static final String NOT_SHARED = "private, no-cache";

    private final Cache<String, CachedPage> pages;
    private final Map<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    /** Moves on at every change; with the drops, it tells a page rendered while content it shows changed. */
    private final AtomicLong generation = new AtomicLong();
    /** Changes that drop the pages they reach: a page they reached during its render is not kept. */
    private final Drops dropped = new Drops();
    /** Changes readers may see a moment late (new comments): a page they reached is kept, as outdated. */
    private final Drops outdated = new Drops();
    private final Compression compression = new Compression();
    private final Clock clock;
    private final LongAdder hits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final AtomicLong waiting = new AtomicLong();

    /** A cache of at most {@code megabytes} (0: no cache, every page rendered) that follows {@code changes}. */
    public PageCache(int megabytes, ContentChanges changes, Clock clock) {
        this.clock = clock;
        this.pages = megabytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024L * 1024L)
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(FRESH)
                .evictionListener((String key, CachedPage page, RemovalCause cause) -> {
                    if (key != null && page != null) {
                        forget(key, page.tags());
                    }
                })
                .build();
        changes.listen(this::changed);
    }

    /** Pages served from memory since start. */
    public long hits() {
        return hits.sum();
    }

    /** The bytes the kept pages take, as the size limit counts them. */
    public long bytesHeld() {
        if (pages == null) {
            return 0;
        }
        pages.cleanUp();
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    /** Pages rendered to be kept since start. */
    public long renders() {
        return renders.sum();
    }

    /** Readers waiting now for another reader's render of the same page. */
    public long waiting() {
        return waiting.get();
    }

    /**
     * The kept page for a request, if there is one fresh enough to send, counted as a hit. {@code path} as sent,
     * {@code query} null when there is none.
     */
    CachedPage hit(String method, String path, String query, boolean hasCookie) {
        if (pages == null || !(method.equals("GET") || method.equals("HEAD"))) {
            return null;
        }
        String key = CacheKey.of(path, query, hasCookie);
        CachedPage page = key == null ? null : pages.getIfPresent(key);
        Instant now = clock.instant();
        if (page == null || page.staleAt(now)
                || (page.outdated() && page.olderThan(OUTDATED_FOR, now) && !rendering.containsKey(key))) {
            return null;
        }
        hits.increment();
        return page;
    }

    /** Renders a page that is not kept (readers who miss it at once wait for one render), and keeps it if it may be. */
    void serve(Context ctx, Handler handler) throws Exception {
        String key = pages == null ? null : CacheKey.of(ctx.req().getRequestURI(), ctx.queryString(), ctx.header(Header.COOKIE) != null);
        if (key == null) {
            handler.handle(ctx);
            if (ctx.res().getHeader(Header.CACHE_CONTROL) == null) {
                ctx.header(Header.CACHE_CONTROL, NOT_SHARED);
            }
            return;
        }
        // A kept page was already answered by MemoryAnswers, before the request reached Javalin.
        ctx.header(Header.X_CACHE, "miss");
        CachedPage page = renderOnce(ctx, key, handler);
        if (page == null) {
            ctx.header(Header.CACHE_CONTROL, NOT_SHARED);
            return;
        }
        send(page, ctx);
    }

    private static void send(CachedPage page, Context ctx) {
        ctx.disableCompression();
        CachedPage.Reply reply = page.replyTo(ctx.header(Header.IF_NONE_MATCH), ctx.header(Header.IF_MODIFIED_SINCE),
                ctx.header(Header.ACCEPT_ENCODING));
        ctx.status(reply.status());
        // Content-Type and Content-Length among them: with its length the page goes out in one piece, not in chunks.
        for (List<HttpField> fields : List.of(page.validators(), reply.headers())) {
            fields.forEach(field -> ctx.header(field.getName(), field.getValue()));
        }
        ctx.result(reply.body());
    }

    private CachedPage renderOnce(Context ctx, String key, Handler handler) throws Exception {
        var mine = new CompletableFuture<CachedPage>();
        CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            CachedPage done = await(other);
            if (done == null) {
                handler.handle(ctx);
            }
            return done;
        }
        long startedAt = generation.get();
        try {
            handler.handle(ctx);
            CachedPage page = capture(ctx);
            if (page != null) {
                renders.increment();
                keep(key, page, startedAt);
            }
            mine.complete(page);
            return page;
        } catch (Exception | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /**
     * The page another reader rendered; null when it may not be kept or took too long (this reader then renders
     * their own). A failed render fails for this reader too, without being logged again for each who waited.
     */
    private CachedPage await(CompletableFuture<CachedPage> other) throws InterruptedException {
        waiting.incrementAndGet();
        try {
            return other.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw HttpProblem.causing(e.getCause()).orElseGet(HttpProblem::failed);
        } finally {
            waiting.decrementAndGet();
        }
    }

    private CachedPage capture(Context ctx) throws IOException {
        if (ctx.status() != HttpStatus.OK || PageTags.isPersonal(ctx) || ctx.res().getHeader(Header.SET_COOKIE) != null
                || ctx.resultInputStream() == null) {
            return null;
        }
        byte[] body = ctx.resultInputStream().readAllBytes();
        ctx.result(body);
        String contentType = ctx.res().getContentType();
        String etag = ctx.res().getHeader(Header.ETAG);
        String lastModified = ctx.res().getHeader(Header.LAST_MODIFIED);
        Instant now = clock.instant();
        Instant modified = lastModified == null ? now : ConditionalGet.parseHttpDate(lastModified).orElse(now);
        return new CachedPage(contentType == null ? "text/html; charset=utf-8" : contentType, body,
                compression.gzip(body), compression.brotli(body),
                // Weak: the same page in brotli, gzip or as it is.
                etag != null ? etag : "W/" + ConditionalGet.etag(body), modified, PageTags.of(ctx), now);
    }

    private void keep(String key, CachedPage page, long startedAt) {
        if (dropped.since(page.tags(), startedAt)) {
            return;
        }
        pages.put(key, page);
        for (String tag : indexTags(page.tags())) {
            keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
        // A change that came between the check above and the index would have missed this page.
        if (dropped.since(page.tags(), startedAt)) {
            pages.invalidate(key);
        } else if (outdated.since(page.tags(), startedAt)) {
            page.outdate();
        }
    }

    private void changed(ContentChanges.Change change) {
        long now = generation.incrementAndGet();
        if (change.mayLag()) {
            outdated.record(change.tags(), now);
            outdate(change.tags());
        } else {
            dropped.record(change.tags(), now);
            drop(change.tags());
        }
    }

    /** Marks the pages these tags reach as outdated: each is rendered again by the next reader once it is old enough. */
    private void outdate(Set<String> tags) {
        if (pages == null) {
            return;
        }
        for (String tag : tagsReached(tags)) {
            for (String key : keysByTag.getOrDefault(tag, Set.of())) {
                CachedPage page = pages.getIfPresent(key);
                if (page != null) {
                    page.outdate();
                }
            }
        }
    }

    private void drop(Set<String> tags) {
        rendering.clear();
        if (pages == null) {
            return;
        }
        if (tags.contains(ContentChanges.EVERYTHING)) {
            keysByTag.clear();
            pages.invalidateAll();
            return;
        }
        for (String tag : tagsReached(tags)) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                pages.invalidateAll(keys);
            }
        }
    }

    /** The tags a change reaches: its own, and EVERYTHING, under which the pages that name nothing are filed. */
    private static Set<String> tagsReached(Set<String> tags) {
        var reached = new HashSet<>(tags);
        reached.add(ContentChanges.EVERYTHING);
        return reached;
    }

    /** A page that names no tag is filed under EVERYTHING, which every change drops. */
    private static Set<String> indexTags(Set<String> tags) {
        return tags.isEmpty() ? Set.of(ContentChanges.EVERYTHING) : tags;
    }

    private void forget(String key, Set<String> tags) {
        for (String tag : indexTags(tags)) {
            Set<String> keys = keysByTag.get(tag);
            if (keys != null) {
                keys.remove(key);
            }
        }
    }
}
