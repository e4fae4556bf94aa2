package org.vistka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's Lucene index in its data folder: one writer, and searchers that see each change once
 * {@link #refresh} has run. Every {@link #commit} records the watermark (the newest change stamp the index holds),
 * so after a crash the index reopens at its last commit and catches up from there. An index that cannot be read is
 * deleted and started empty, with no watermark: it is then rebuilt from the database.
 *
 * <p>Segments are sorted newest story first, so a newest-first search stops after the first page of matches.
 * Thread-safe, as {@link IndexWriter} and {@link SearcherManager} are.
 */
final class SearchIndex implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String WATERMARK = "vistka.watermark";
    static final Sort NEWEST_FIRST = new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Path folder, Analyzer analyzer) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(NEWEST_FIRST)
                .setRAMBufferSizeMB(128);
        try {
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index in {@code folder}, creating it when missing and starting it afresh when it cannot be read.
     *
     * @throws LockObtainFailedException when another process (a running server) holds it
     */
    static SearchIndex open(Path folder, Analyzer analyzer) throws LockObtainFailedException {
        try {
            Files.createDirectories(folder);
            return new SearchIndex(folder, analyzer);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("event=search-index-unreadable folder={} problem=\"{}\": starting it afresh", folder, e.toString());
            deleteContents(folder);
            try {
                return new SearchIndex(folder, analyzer);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot create the search index in " + folder, again);
            }
        }
    }

    /** The newest change stamp the last commit holds, or -1 when the index was never built. */
    long watermark() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (WATERMARK.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return -1;
    }

    void put(IndexedStory story) {
        io(() -> writer.updateDocument(IndexFields.idTerm(story.id()), IndexFields.document(story)));
    }

    /** Adds a story known not to be in the index (during a rebuild), which saves looking for an old copy. */
    void add(IndexedStory story) {
        io(() -> writer.addDocument(IndexFields.document(story)));
    }

    void remove(long id) {
        io(() -> writer.deleteDocuments(IndexFields.idTerm(id)));
    }

    /** Forgets every story and the watermark, in memory: a rebuild fills the index again and commits. */
    void clear() {
        io(() -> {
            writer.deleteAll();
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            return 0;
        });
    }

    /** Makes every change so far durable, together with the stamp of the newest change they include. */
    void commit(long watermark) {
        io(() -> {
            writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark)).entrySet());
            return writer.commit();
        });
    }

    /** Makes every change so far visible to searches. */
    void refresh() {
        io(() -> {
            searchers.maybeRefreshBlocking();
            return 0;
        });
    }

    <T> T withSearcher(Function<IndexSearcher, T> work) {
        IndexSearcher searcher = io(searchers::acquire);
        try {
            return work.apply(searcher);
        } finally {
            io(() -> {
                searchers.release(searcher);
                return 0;
            });
        }
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            // closes the searchers, then the writer (which commits nothing new: every change was committed), then the folder
        } catch (IOException | RuntimeException e) {
            // Whatever was not committed is caught up from the watermark at the next start.
            log.warn("event=search-index-close-failed problem=\"{}\"", e.toString());
        }
    }

    private interface IndexWork<T> {
        T run() throws IOException;
    }

    private static <T> T io(IndexWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index failed", e);
        }
    }

    private static void deleteContents(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(folder)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the unreadable search index in " + folder, e);
        }
    }
}
