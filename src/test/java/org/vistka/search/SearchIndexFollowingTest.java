package org.vistka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.article.ArticleStatus;
import org.vistka.article.NewArticle;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * The index follows the database: publish, edit, unpublish and scheduled publication show within a second; it
 * survives a restart and a deleted folder; a second node on the same database keeps its own index in step; and
 * {@code vistka admin reindex} rebuilds it.
 */
class SearchIndexFollowingTest {
    private static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);
    private final String mark = "zq" + Stories.unique();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publish_edit_and_unpublish_show_in_results_within_a_second(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        long id = site.stories().story("Bridge repairs begin " + mark).save().id();
        awaitTitles(site, mark, WITHIN_A_SECOND, List.of("Bridge repairs begin " + mark));

        site.stories().update(id, story -> withTitle(story, "Bridge repairs finish " + mark, ArticleStatus.PUBLISHED));
        awaitTitles(site, "finish " + mark, WITHIN_A_SECOND, List.of("Bridge repairs finish " + mark));
        assertThat(titles(site, "begin " + mark)).as("the old title is gone").isEmpty();

        site.stories().update(id, story -> withTitle(story, "Bridge repairs finish " + mark, ArticleStatus.UNPUBLISHED));
        awaitTitles(site, mark, WITHIN_A_SECOND, List.of());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_published_on_schedule_is_found(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        site.stories().story("Scheduled ferry timetable " + mark).status(ArticleStatus.SCHEDULED)
                .publishedAt(site.clock().instant().minusSeconds(60)).save();
        assertThat(titles(site, mark)).isEmpty();

        // The scheduler looks every five seconds; the index follows within a second of its publication.
        awaitTitles(site, mark, Duration.ofSeconds(7), List.of("Scheduled ferry timetable " + mark));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_index_survives_a_restart_catches_up_and_is_rebuilt_when_its_folder_is_deleted(TestDatabase db) {
        TestSite site = TestSite.fresh(db, false);
        try {
            long section = site.stories().newSection("Rivers");
            site.stories().story("River levels fall " + mark).section(section).save();
            awaitTitles(site, mark, WITHIN_A_SECOND, List.of("River levels fall " + mark));

            site = site.restart();
            assertThat(titles(site, mark)).as("found at once: the index was committed").containsExactly("River levels fall " + mark);

            try (TestSite second = site.secondNode()) {
                second.stories().story("River ferry resumes " + mark).section(section).save();
                awaitTitles(site, mark, WITHIN_A_SECOND, List.of("River ferry resumes " + mark, "River levels fall " + mark));
                awaitTitles(second, mark, WITHIN_A_SECOND, List.of("River ferry resumes " + mark, "River levels fall " + mark));
            }

            site = site.restart(folder -> deleteTree(folder.resolve("index")));
            assertThat(titles(site, mark)).as("rebuilt from the database").containsExactlyInAnyOrder("River ferry resumes " + mark, "River levels fall " + mark);

            site = site.restart(folder -> spoil(folder.resolve("index")));
            assertThat(titles(site, mark)).as("rebuilt after the files were damaged")
                    .containsExactlyInAnyOrder("River ferry resumes " + mark, "River levels fall " + mark);
        } finally {
            site.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void admin_reindex_rebuilds_the_index_with_a_progress_bar_and_refuses_while_the_server_runs(TestDatabase db) {
        TestSite site = TestSite.fresh(db, false);
        Path dataDir = site.dataDir();
        try {
            long section = site.stories().newSection("Rivers");
            for (int i = 0; i < 12; i++) {
                site.stories().story("Flood bulletin " + i + " " + mark).section(section).save();
            }
            Path index = dataDir.resolve("index");
            String dbUrl = site.dbUrl();

            ByteArrayOutputStream busy = new ByteArrayOutputStream();
            int refused = new ReindexCommand(new PrintStream(busy, true, StandardCharsets.UTF_8), false).run(dbUrl, index);
            assertThat(refused).isEqualTo(2);
            assertThat(busy.toString(StandardCharsets.UTF_8)).contains("is in use by another Vistka process");

            site = site.restart(folder -> {
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                int status = new ReindexCommand(new PrintStream(output, true, StandardCharsets.UTF_8), false).run(dbUrl, index);
                assertThat(status).isZero();
                assertThat(output.toString(StandardCharsets.UTF_8).lines().toList())
                        .contains("[------------------------------]   0%  0 of 12 stories",
                                "[##############################] 100%  12 of 12 stories")
                        .anyMatch(line -> line.startsWith("The search index is rebuilt ("));
            });
            assertThat(titles(site, "bulletin " + mark)).hasSize(12);
        } finally {
            site.close();
        }
    }

    private static NewArticle withTitle(NewArticle a, String title, ArticleStatus status) {
        return new NewArticle(a.slug(), title, a.standfirst(), a.bodySource(), status, a.sectionId(), a.mediaKind(),
                a.publishedAt(), null, a.image(), a.commentsOpen(), a.authorIds(), a.tagIds(), a.sourceIds(), List.of());
    }

    private static List<String> titles(TestSite site, String query) {
        return site.page("/search/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)).select(".search-results .story-title a").eachText();
    }

    private static void awaitTitles(TestSite site, String query, Duration limit, List<String> expected) {
        await("a search for " + query + " to find " + expected).atMost(limit).until(
                () -> titles(site, query).stream().sorted().toList().equals(expected.stream().sorted().toList()));
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites the index's list of segments with rubbish, as a failing disk might. */
    private static void spoil(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, "not an index".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
