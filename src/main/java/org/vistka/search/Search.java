package org.vistka.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.LockObtainFailedException;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.StartupFailure;
import org.vistka.article.ArticleStore;
import org.vistka.article.ArticleSummary;
import org.vistka.article.RelatedStories;

/**
 * Full-text search over the published stories, in Ukrainian, Russian and English: the search page, the related
 * stories under an article and the editor's suggestions all ask it. Each node keeps its own index in its data folder
 * and follows the database (see {@link IndexFollower}); found stories are loaded from the database in one query, so
 * a result always shows a story as it is now, and a story unpublished a moment ago is never shown. Lucene stays
 * inside this package. Built at start; thread-safe; {@link #close} stops following.
 */
public final class Search implements RelatedStories, AutoCloseable {
    /**
     * Lucene logs through java.util.logging, to standard error: a line at start about memory mapping and a warning
     * that this Java is newer than the Vector API it knows (Lucene 9.12 is chosen for its Ukrainian dictionary). Only
     * its severe messages are let through, so standard error stays for Vistka's one-line problems. Held here because
     * java.util.logging keeps only weak references to loggers.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    static {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ArticleStore articles;
    private final SearchIndex index;
    private final StorySource source;
    private final StorySearcher searcher;
    private final IndexFollower follower;

    private Search(ArticleStore articles, SearchIndex index, StorySource source, Analyzers analyzers) {
        this.articles = articles;
        this.index = index;
        this.source = source;
        this.searcher = new StorySearcher(index, new QueryBuilder(analyzers, new NameVariants(analyzers)), analyzers.perField());
        this.follower = new IndexFollower(source, index);
    }

    /**
     * Opens the index in {@code folder} (the node's {@code <data>/index}), without reading anything yet.
     *
     * @throws StartupFailure when another process holds the index
     */
    public static Search open(Jdbi jdbi, ArticleStore articles, Path folder) {
        Analyzers analyzers = new Analyzers();
        try {
            return new Search(articles, SearchIndex.open(folder, analyzers.perField()), new StorySource(jdbi), analyzers);
        } catch (LockObtainFailedException e) {
            throw new StartupFailure("the search index " + folder + " is in use by another Vistka process (a server on "
                    + "this data folder?): stop it first, or give each process its own VISTKA_DATA folder", e);
        }
    }

    /** Starts following the database in the background: catching up (or rebuilding) first, then every moment. */
    public Search follow() {
        follower.start();
        return this;
    }

    /** Whether the index has caught up with the database since start (rebuilt it, if it had to); it then follows. */
    public boolean caughtUp() {
        return follower.caughtUp();
    }

    /** Builds the index afresh from the database, reporting progress, and returns when it is searchable. */
    public void rebuild(IndexProgress progress) {
        new IndexBuilder(source, index).rebuild(progress);
    }

    public SearchResults find(SearchRequest request) {
        StorySearcher.Found found = searcher.find(request);
        if (found.ids().isEmpty()) {
            return SearchResults.NONE;
        }
        Map<Long, Snippet> snippets = new HashMap<>();
        for (int i = 0; i < found.ids().size(); i++) {
            if (found.snippets().get(i) != null) {
                snippets.put(found.ids().get(i), found.snippets().get(i));
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (ArticleSummary story : articles.published(found.ids())) {
            hits.add(new SearchHit(story, snippets.get(story.id())));
        }
        return new SearchResults(hits, found.hasNext());
    }

    /** The first {@code limit} stories that best match {@code words}: the editor's See-also picker. */
    public List<ArticleSummary> stories(String words, int limit) {
        return find(SearchRequest.of(words, limit)).hits().stream().map(SearchHit::story).toList();
    }

    @Override
    public List<ArticleSummary> relatedTo(long id, String title, List<String> tags, int limit) {
        List<Long> ids = searcher.related(id, title, tags, limit);
        return ids.isEmpty() ? List.of() : articles.published(ids);
    }

    @Override
    public void close() {
        follower.close();
        index.close();
    }
}
