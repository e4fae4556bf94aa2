package org.vistka.article;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Sections, authors, tags and sources: the things stories are filed under. Reads for the public pages and the
 * few writes that creating stories needs. Thread-safe.
 */
public final class TaxonomyStore {
    private static final RowMapper<Section> SECTION = (rs, ctx) -> new Section(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("description"));
    static final RowMapper<Author> AUTHOR = (rs, ctx) -> new Author(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("bio"), rs.getString("photo_url"));
    static final RowMapper<Tag> TAG = (rs, ctx) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
    static final RowMapper<Source> SOURCE = (rs, ctx) -> new Source(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("home_url"));

    private final Jdbi jdbi;

    public TaxonomyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** All sections in the order the navigation shows them. */
    public List<Section> sections() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, slug, name, description FROM section ORDER BY position, id")
                .map(SECTION).list());
    }

    /** Every author, by name: the byline choices in the editor. */
    public List<Author> authors() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, slug, name, bio, photo_url FROM author ORDER BY name, id")
                .map(AUTHOR).list());
    }

    /** Every cited outlet, by name. */
    public List<Source> sources() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, slug, name, home_url FROM source ORDER BY name, id")
                .map(SOURCE).list());
    }

    public Optional<Section> section(String slug) {
        return bySlug("SELECT id, slug, name, description FROM section", slug, SECTION);
    }

    public Optional<Author> author(String slug) {
        return bySlug("SELECT id, slug, name, bio, photo_url FROM author", slug, AUTHOR);
    }

    public Optional<Tag> tag(String slug) {
        return bySlug("SELECT id, slug, name FROM tag", slug, TAG);
    }

    public Optional<Source> source(String slug) {
        return bySlug("SELECT id, slug, name, home_url FROM source", slug, SOURCE);
    }

    public long addSection(String slug, String name, String description, int position) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO section (slug, name, description, position) VALUES (:slug, :name, :description, :position)")
                .bind("slug", slug).bind("name", name).bind("description", description).bind("position", position)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public long addAuthor(String slug, String name, String bio) {
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO author (slug, name, bio) VALUES (:slug, :name, :bio)")
                .bind("slug", slug).bind("name", name).bind("bio", bio)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    public long addSource(String slug, String name, String homeUrl) {
        return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO source (slug, name, home_url) VALUES (:slug, :name, :homeUrl)")
                .bind("slug", slug).bind("name", name).bind("homeUrl", homeUrl)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** The id of the tag with this name's slug, creating the tag when there is none. */
    public long tagNamed(String name) {
        // A name of only emoji or punctuation has no letters for an address: a stable code of the name stands in.
        String slug = Slugs.of(name).isEmpty() ? "tag-" + Integer.toHexString(name.hashCode()) : Slugs.of(name);
        return jdbi.inTransaction(handle -> handle.createQuery("SELECT id FROM tag WHERE slug = :slug")
                .bind("slug", slug).mapTo(Long.class).findOne()
                .orElseGet(() -> handle.createUpdate("INSERT INTO tag (slug, name) VALUES (:slug, :name)")
                        .bind("slug", slug).bind("name", name)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    /** The tags with these ids, in the order given. */
    public List<Tag> tags(List<Long> ids) {
        return jdbi.withHandle(handle -> tagsById(handle, ids));
    }

    /** The authors with these ids, in the order given; one query. */
    static List<Author> authorsById(Handle handle, List<Long> ids) {
        return ordered(ids, ids.isEmpty() ? List.of() : handle.createQuery(
                "SELECT id, slug, name, bio, photo_url FROM author WHERE id IN (<ids>)").bindList("ids", ids).map(AUTHOR).list(), Author::id);
    }

    static List<Tag> tagsById(Handle handle, List<Long> ids) {
        return ordered(ids, ids.isEmpty() ? List.of() : handle.createQuery(
                "SELECT id, slug, name FROM tag WHERE id IN (<ids>)").bindList("ids", ids).map(TAG).list(), Tag::id);
    }

    static List<Source> sourcesById(Handle handle, List<Long> ids) {
        return ordered(ids, ids.isEmpty() ? List.of() : handle.createQuery(
                "SELECT id, slug, name, home_url FROM source WHERE id IN (<ids>)").bindList("ids", ids).map(SOURCE).list(), Source::id);
    }

    private static <T> List<T> ordered(List<Long> ids, List<T> found, java.util.function.ToLongFunction<T> id) {
        return ids.stream().distinct().flatMap(wanted -> found.stream().filter(item -> id.applyAsLong(item) == wanted)).toList();
    }

    static List<Author> authorsOf(Handle handle, long articleId) {
        return handle.createQuery("""
                        SELECT au.id, au.slug, au.name, au.bio, au.photo_url FROM article_author aa
                        JOIN author au ON au.id = aa.author_id WHERE aa.article_id = :id ORDER BY aa.position""")
                .bind("id", articleId).map(AUTHOR).list();
    }

    static List<Tag> tagsOf(Handle handle, long articleId) {
        return handle.createQuery("""
                        SELECT t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
                        WHERE at.article_id = :id ORDER BY LOWER(t.name), t.id""")
                .bind("id", articleId).map(TAG).list();
    }

    static List<Source> sourcesOf(Handle handle, long articleId) {
        return handle.createQuery("""
                        SELECT so.id, so.slug, so.name, so.home_url FROM article_source ars
                        JOIN source so ON so.id = ars.source_id WHERE ars.article_id = :id ORDER BY LOWER(so.name), so.id""")
                .bind("id", articleId).map(SOURCE).list();
    }

    private <T> Optional<T> bySlug(String select, String slug, RowMapper<T> mapper) {
        return jdbi.withHandle(handle -> handle.createQuery(select + " WHERE slug = :slug").bind("slug", slug).map(mapper).findOne());
    }
}
