package org.vistka.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.vistka.storage.Columns;

/**
 * Reads library images from the database: a query selects {@link #COLUMNS} of {@code media} rows, and
 * {@link #withVariants} fetches the sizes of all of them in one more statement, however many there are.
 */
final class MediaRows {
    static final String COLUMNS = """
            id, file_stem, original_name, kind, width, height, byte_size, alt, caption, credit, uploaded_by, uploaded_at""";

    /** A {@code media} row before its sizes are known. */
    record Head(long id, String fileStem, String originalName, ImageKind kind, int width, int height, long byteSize,
                String alt, String caption, String credit, Long uploadedBy, Instant uploadedAt) {
        MediaItem with(List<MediaVariant> variants) {
            return new MediaItem(id, fileStem, originalName, kind, width, height, byteSize, alt, caption, credit,
                    uploadedBy, uploadedAt, variants);
        }
    }

    private MediaRows() {
    }

    static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getLong("id"), rs.getString("file_stem"), rs.getString("original_name"),
                ImageKind.fromDb(rs.getString("kind")), rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                rs.getString("alt"), rs.getString("caption"), rs.getString("credit"),
                Columns.nullableLong(rs, "uploaded_by"), Instant.ofEpochMilli(rs.getLong("uploaded_at")));
    }

    /** The images of {@code heads}, in the same order, each with its sizes. */
    static List<MediaItem> withVariants(Handle handle, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<MediaVariant>> sizes = new HashMap<>();
        handle.createQuery("""
                        SELECT media_id, width, height, file_name, byte_size FROM media_variant
                        WHERE media_id IN (<ids>) ORDER BY media_id, width""")
                .bindList("ids", heads.stream().map(Head::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("media_id"), new MediaVariant(rs.getInt("width"),
                        rs.getInt("height"), rs.getString("file_name"), rs.getLong("byte_size"))))
                .forEach(row -> sizes.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return heads.stream().map(head -> head.with(sizes.getOrDefault(head.id(), List.of()))).toList();
    }
}
