package org.vistka.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The newsroom's media library: takes uploads, keeps their responsive sizes as files in the media folder and
 * their descriptions in the database, and finds them again for reuse.
 *
 * <p>An upload is stored whole or not at all: every file is written, synced and moved into place before the
 * rows are inserted in one transaction, and any failure deletes the files already written. A refused upload is an
 * {@link UploadRefused} whose message can be shown to the uploader. Thread-safe; decoding runs for one upload at
 * a time, because the largest picture takes about 200 MB and the server's default memory is 512 MB.
 */
public final class MediaLibrary {
    /** Words beyond these are ignored, to keep a pasted paragraph from making one huge query. */
    private static final int MAX_QUERY_WORDS = 8;

    private final Jdbi jdbi;
    private final Path folder;
    private final Clock clock;
    private final Semaphore decoding = new Semaphore(1, true);

    /** A library keeping its files in {@code folder} (the data folder's {@code media/}), created when first needed. */
    public MediaLibrary(Jdbi jdbi, Path folder, Clock clock) {
        this.jdbi = jdbi;
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Stores an upload of at most {@code maxBytes} and returns it, described by nothing yet but its name.
     *
     * @param originalName the name the uploader's computer gave the file; kept to show and search, never trusted
     * @param uploadedBy   the uploading account, or null
     * @throws UploadRefused when the file is not a JPEG, PNG or WebP picture the library can take
     */
    public MediaItem upload(String originalName, byte[] bytes, Long uploadedBy, long maxBytes) {
        InspectedImage inspected = ImageInspector.inspect(bytes, maxBytes);
        ProcessedImage processed;
        decoding.acquireUninterruptibly();
        try {
            processed = ImageProcessor.process(bytes, inspected);
        } finally {
            decoding.release();
        }
        String name = MediaNames.displayName(originalName);
        String stem = MediaNames.newStem(name);
        try (StagedFiles files = new StagedFiles(folder)) {
            List<MediaVariant> variants = new ArrayList<>();
            for (ProcessedImage.EncodedVariant variant : processed.variants()) {
                String fileName = MediaNames.fileName(stem, variant.width(), processed.extension());
                files.put(fileName, variant.bytes());
                variants.add(new MediaVariant(variant.width(), variant.height(), fileName, variant.bytes().length));
            }
            files.syncFolder();
            Instant now = Instant.ofEpochMilli(clock.millis());
            long id = insert(stem, name, inspected.kind(), processed, bytes.length, uploadedBy, now, variants);
            files.keep();
            return new MediaItem(id, stem, name, inspected.kind(), processed.width(), processed.height(), bytes.length,
                    "", "", "", uploadedBy, now, variants);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload in " + folder, e);
        }
    }

    public Optional<MediaItem> find(long id) {
        return jdbi.withHandle(handle -> MediaRows.withVariants(handle,
                handle.createQuery("SELECT " + MediaRows.COLUMNS + " FROM media WHERE id = :id")
                        .bind("id", id).map((rs, ctx) -> MediaRows.head(rs)).list())
                .stream().findFirst());
    }

    /**
     * Images newest first, skipping {@code offset} and returning at most {@code limit}. A non-blank {@code query}
     * keeps those whose name, alt text, caption or credit contain every one of its words, in any letter case;
     * {@code %} and {@code _} in it are plain characters. Runs two statements, whatever the number of images.
     */
    public List<MediaItem> list(String query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " make no page");
        }
        List<String> words = query == null || query.isBlank() ? List.of()
                : Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+")).limit(MAX_QUERY_WORDS).toList();
        String where = words.isEmpty() ? "" : IntStream.range(0, words.size())
                .mapToObj(i -> "search_text LIKE :word" + i + " ESCAPE '!'")
                .collect(Collectors.joining(" AND ", " WHERE ", ""));
        String sql = "SELECT " + MediaRows.COLUMNS + " FROM media" + where
                + " ORDER BY uploaded_at DESC, id DESC LIMIT :limit OFFSET :offset";
        return jdbi.withHandle(handle -> {
            Query select = handle.createQuery(sql).bind("limit", limit).bind("offset", offset);
            for (int i = 0; i < words.size(); i++) {
                // '!' escapes rather than a backslash, which SQL templates and string literals treat in their own ways.
                select.bind("word" + i, "%" + words.get(i).replaceAll("([!%_])", "!$1") + "%");
            }
            return MediaRows.withVariants(handle, select.map((rs, ctx) -> MediaRows.head(rs)).list());
        });
    }

    /**
     * Replaces the words that go with image {@code id}; surrounding spaces are dropped and null counts as empty.
     *
     * @throws NoSuchElementException when there is no such image
     */
    public void describe(long id, String alt, String caption, String credit) {
        String a = clean(alt);
        String c = clean(caption);
        String cr = clean(credit);
        jdbi.useTransaction(handle -> {
            String name = handle.createQuery("SELECT original_name FROM media WHERE id = :id").bind("id", id)
                    .mapTo(String.class).findOne().orElseThrow(() -> new NoSuchElementException("no media with id " + id));
            handle.createUpdate("""
                            UPDATE media SET alt = :alt, caption = :caption, credit = :credit, search_text = :searchText
                            WHERE id = :id""")
                    .bind("alt", a).bind("caption", c).bind("credit", cr).bind("searchText", searchText(name, a, c, cr))
                    .bind("id", id).execute();
        });
    }

    private long insert(String stem, String name, ImageKind kind, ProcessedImage processed, long byteSize,
                        Long uploadedBy, Instant now, List<MediaVariant> variants) {
        return jdbi.inTransaction(handle -> {
            long id = handle.createUpdate("""
                            INSERT INTO media (file_stem, original_name, kind, width, height, byte_size, uploaded_by,
                                uploaded_at, search_text)
                            VALUES (:stem, :name, :kind, :width, :height, :byteSize, :uploadedBy, :uploadedAt, :searchText)""")
                    .bind("stem", stem).bind("name", name).bind("kind", kind.dbValue())
                    .bind("width", processed.width()).bind("height", processed.height()).bind("byteSize", byteSize)
                    .bind("uploadedBy", uploadedBy).bind("uploadedAt", now.toEpochMilli())
                    .bind("searchText", searchText(name, "", "", ""))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (MediaVariant variant : variants) {
                handle.createUpdate("""
                                INSERT INTO media_variant (media_id, width, height, file_name, byte_size)
                                VALUES (:id, :width, :height, :fileName, :byteSize)""")
                        .bind("id", id).bind("width", variant.width()).bind("height", variant.height())
                        .bind("fileName", variant.fileName()).bind("byteSize", variant.byteSize()).execute();
            }
            return id;
        });
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Lower-cased here because SQLite's LOWER changes only A to Z, and Ukrainian captions need more. */
    private static String searchText(String name, String alt, String caption, String credit) {
        return String.join("\n", name, alt, caption, credit).toLowerCase(Locale.ROOT);
    }
}
