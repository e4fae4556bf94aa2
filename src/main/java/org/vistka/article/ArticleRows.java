package org.vistka.article;

import org.vistka.storage.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads the article records from result rows; the column names match {@link #SUMMARY_COLUMNS}. */
final class ArticleRows {
    /** The columns every query that returns {@link ArticleSummary} rows selects, from {@code article a} joined to {@code section s}. */
    static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.title, a.standfirst, a.media_kind, a.published_at,
            a.image_url, a.image_width, a.image_height, a.image_alt, a.image_caption, a.image_credit, a.image_media_id, a.image_srcset,
            s.id AS section_id, s.slug AS section_slug, s.name AS section_name, s.description AS section_description""";

    private ArticleRows() {
    }

    static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("standfirst"), MediaKind.fromDb(rs.getString("media_kind")),
                instant(rs, "published_at"), section(rs), image(rs));
    }

    static Section section(ResultSet rs) throws SQLException {
        return new Section(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
                rs.getString("section_description"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static FeaturedImage image(ResultSet rs) throws SQLException {
        String url = rs.getString("image_url");
        if (url == null) {
            return null;
        }
        return new FeaturedImage(url, rs.getInt("image_width"), rs.getInt("image_height"),
                rs.getString("image_alt"), rs.getString("image_caption"), rs.getString("image_credit"),
                Columns.nullableLong(rs, "image_media_id"), rs.getString("image_srcset"));
    }
}
