package org.vistka.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.article.Permalinks;
import org.vistka.testing.Commenter;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * A database written by an earlier Vistka, at any schema version that has a fixture, upgrades to the newest schema
 * without losing a row, and the site then shows what it held: stories with their comments, bylines, tags and
 * corrections, old addresses, and in the newsroom the members, the audit log, revisions, images and held comments.
 */
class UpgradeTest {
    @TempDir
    Path folder;

    static Stream<Arguments> fixtures() {
        return SchemaFixtures.versions().stream()
                .flatMap(version -> Stream.of(TestDatabase.values()).map(db -> Arguments.of(version, db)));
    }

    @Test
    void the_newest_schema_version_has_a_fixture_for_the_next_upgrade_to_start_from() {
        assertThat(SchemaFixtures.versions()).contains(SchemaFixtures.newestVersion())
                .allSatisfy(version -> assertThat(version).isLessThanOrEqualTo(SchemaFixtures.newestVersion()));
    }

    @ParameterizedTest(name = "schema {0} on {1}")
    @MethodSource("fixtures")
    void each_fixture_fills_every_table_of_its_schema_version(int version, TestDatabase db) {
        TableRows fixture = TableRows.read(SchemaFixtures.filledAt(db, folder, version));

        assertThat(fixture.columns()).as("tables of schema version " + version).isNotEmpty();
        assertThat(fixture.emptyTables()).as("tables that upgrade/schema-" + version + ".sql leaves empty").isEmpty();
    }

    @ParameterizedTest(name = "schema {0} on {1}")
    @MethodSource("fixtures")
    void upgrading_to_the_newest_schema_keeps_every_row_of_every_table(int version, TestDatabase db) {
        String url = SchemaFixtures.filledAt(db, folder, version);
        TableRows before = TableRows.read(url);

        Database.open(url).close();

        assertThat(SchemaFixtures.versionOf(url)).isEqualTo(SchemaFixtures.newestVersion());
        // Every value of every column the earlier version had is still there: a migration meant to rewrite stored values
        // has to change this test, on purpose.
        TableRows after = TableRows.readAsIn(url, before);
        before.rows().forEach((table, rows) -> assertThat(after.rows().get(table)).as("rows of " + table).isEqualTo(rows));
    }

    @ParameterizedTest(name = "schema {0} on {1}")
    @MethodSource("fixtures")
    void the_upgraded_site_shows_what_the_earlier_version_held(int version, TestDatabase db) {
        String url = SchemaFixtures.filledAt(db, folder, version);
        Held held = Jdbi.create(url).withHandle(UpgradeTest::held);

        try (TestSite site = TestSite.on(db, url)) {
            held.stories().forEach((path, texts) -> shows(site.page(path).text(), texts));
            held.listings().forEach((path, texts) -> shows(site.page(path).text(), texts));
            held.unshown().forEach((path, texts) -> texts.forEach(text -> assertThat(site.page(path).text()).doesNotContain(text)));
            held.moved().forEach((from, to) -> {
                var answer = site.get(from);
                assertThat(answer.statusCode()).as(from).isEqualTo(301);
                assertThat(answer.headers().firstValue("Location")).as(from).hasValueSatisfying(at -> assertThat(at).endsWith(to));
            });
            // New writing goes on after the old: a reader's first comment is kept, and held for moderation.
            String story = held.stories().keySet().iterator().next();
            var reader = new Commenter(site, site.clock().instant());
            reader.post(story, "Will the night trams carry bicycles too?", "Vira Tkachenko", "vira.tkachenko@mail.example");
            assertThat(reader.browser().get(story).body()).contains("carry bicycles too", "Your comment is awaiting moderation.");
            for (String email : held.members()) {
                var member = new NewsroomClient(site).signIn(email, TestSite.PASSWORD);
                held.newsroom().forEach((path, texts) -> shows(member.page(path).text(), texts));
                held.revisions().forEach((path, kept) ->
                        assertThat(member.page(path).select("section.revision")).as(path).hasSize(kept));
            }
        }
    }

    /**
     * What a database holds that its site shows, read before the upgrade (in that version's schema): the texts each
     * story page, listing and newsroom page shows, those a story page must not show, old addresses and where they lead,
     * how many revisions each story's history lists, and the members who can sign in.
     */
    private record Held(Map<String, List<String>> stories, Map<String, List<String>> listings, Map<String, List<String>> unshown,
                        Map<String, String> moved,
                        Map<String, List<String>> newsroom, Map<String, Integer> revisions, List<String> members) {
    }

    private static Held held(Handle h) {
        Map<String, List<String>> stories = new LinkedHashMap<>();
        Map<String, List<String>> listings = new LinkedHashMap<>();
        Map<String, List<String>> unshown = new LinkedHashMap<>();
        String siteName = texts(h, "SELECT value FROM setting WHERE name = 'site.name'").getFirst();
        for (Map<String, Object> story : rows(h, "SELECT id, slug, title, published_at FROM article WHERE status = 'published'")) {
            String path = Permalinks.articlePath((String) story.get("slug"), instant(story.get("published_at")));
            List<String> texts = new ArrayList<>(List.of(siteName, (String) story.get("title")));
            for (String sql : List.of(
                    "SELECT au.name FROM article_author aa JOIN author au ON au.id = aa.author_id WHERE aa.article_id = :id",
                    "SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = :id",
                    "SELECT text FROM correction WHERE article_id = :id",
                    "SELECT author_name FROM comment WHERE status = 'approved' AND article_id = :id",
                    "SELECT body_text FROM comment WHERE status = 'approved' AND article_id = :id")) {
                texts.addAll(h.createQuery(sql).bind("id", story.get("id")).mapTo(String.class).list());
            }
            stories.put(path, texts);
            unshown.put(path, h.createQuery("SELECT body_text FROM comment WHERE status <> 'approved' AND article_id = :id")
                    .bind("id", story.get("id")).mapTo(String.class).list());
        }
        for (String kind : List.of("section", "author", "tag", "source")) {
            rows(h, "SELECT slug, name FROM " + kind).forEach(row -> listings.put("/" + kind + "/" + row.get("slug") + "/",
                    List.of((String) row.get("name"))));
        }
        Map<String, String> moved = new LinkedHashMap<>();
        rows(h, "SELECT r.old_path, a.slug, a.published_at FROM article_redirect r JOIN article a ON a.id = r.article_id")
                .forEach(row -> moved.put((String) row.get("old_path"),
                        Permalinks.articlePath((String) row.get("slug"), instant(row.get("published_at")))));
        Map<String, List<String>> newsroom = Map.of(
                "/newsroom/", texts(h, "SELECT title FROM article"),
                "/newsroom/audit/", texts(h, "SELECT summary FROM audit_event"),
                "/newsroom/media/", texts(h, "SELECT original_name FROM media"),
                "/newsroom/comments/", texts(h, "SELECT body_text FROM comment WHERE status = 'pending'"));
        Map<String, Integer> revisions = new LinkedHashMap<>();
        rows(h, "SELECT article_id, COUNT(*) AS kept FROM revision GROUP BY article_id").forEach(row -> revisions.put(
                "/newsroom/stories/" + row.get("article_id") + "/revisions/", ((Number) row.get("kept")).intValue()));
        return new Held(stories, listings, unshown, moved, newsroom, revisions, texts(h, "SELECT email FROM account WHERE active"));
    }

    private static void shows(String page, List<String> texts) {
        texts.forEach(text -> assertThat(page).contains(text));
    }

    private static List<String> texts(Handle h, String sql) {
        return h.createQuery(sql).mapTo(String.class).list();
    }

    private static List<Map<String, Object>> rows(Handle h, String sql) {
        return h.createQuery(sql).mapToMap().list();
    }

    private static Instant instant(Object epochMillis) {
        return Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }
}
