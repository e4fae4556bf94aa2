package org.vistka.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the editable fields of a story as the JSON kept in each revision, and reads them back for a restore.
 * The format is explicit (field by field) so that old revisions stay readable as the code changes. Thread-safe.
 */
public final class RevisionCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RevisionCodec() {
    }

    public static String write(NewArticle a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("slug", a.slug()).put("title", a.title()).put("standfirst", a.standfirst()).put("body", a.bodySource())
                .put("status", a.status().dbValue()).put("sectionId", a.sectionId()).put("mediaKind", a.mediaKind().dbValue())
                .put("commentsOpen", a.commentsOpen());
        putInstant(node, "publishedAt", a.publishedAt());
        FeaturedImage image = a.image();
        if (image != null) {
            node.putObject("image").put("url", image.url()).put("width", image.width()).put("height", image.height())
                    .put("alt", image.alt()).put("caption", image.caption()).put("credit", image.credit())
                    .put("mediaId", image.mediaId()).put("srcset", image.srcset());
        }
        ids(node.putArray("authorIds"), a.authorIds());
        ids(node.putArray("tagIds"), a.tagIds());
        ids(node.putArray("sourceIds"), a.sourceIds());
        return node.toString();
    }

    /** The story as a revision kept it; corrections are not part of revisions (they are dated notes of their own). */
    public static NewArticle read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            JsonNode i = n.get("image");
            FeaturedImage image = i == null || i.isNull() ? null : new FeaturedImage(text(i, "url"), i.path("width").asInt(),
                    i.path("height").asInt(), text(i, "alt"), text(i, "caption"), text(i, "credit"),
                    i.hasNonNull("mediaId") ? i.get("mediaId").asLong() : null, text(i, "srcset"));
            return new NewArticle(text(n, "slug"), text(n, "title"), text(n, "standfirst"), text(n, "body"),
                    ArticleStatus.fromDb(text(n, "status")), n.path("sectionId").asLong(), MediaKind.fromDb(text(n, "mediaKind")),
                    n.hasNonNull("publishedAt") ? Instant.ofEpochMilli(n.get("publishedAt").asLong()) : null, null, image,
                    n.path("commentsOpen").asBoolean(true), longs(n.get("authorIds")), longs(n.get("tagIds")),
                    longs(n.get("sourceIds")), List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision is not readable JSON", e);
        }
    }

    private static void putInstant(ObjectNode node, String name, Instant instant) {
        if (instant == null) {
            node.putNull(name);
        } else {
            node.put(name, instant.toEpochMilli());
        }
    }

    private static void ids(ArrayNode array, List<Long> ids) {
        ids.forEach(array::add);
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asLong()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
