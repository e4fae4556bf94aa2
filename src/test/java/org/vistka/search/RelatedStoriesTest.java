package org.vistka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.article.ArticleStatus;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Related stories under an article and the editor's See-also suggestions come from the search index. */
class RelatedStoriesTest {
    private final String mark = "zq" + Stories.unique();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void an_article_ends_with_stories_sharing_its_words_and_tags_and_never_itself(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        var story = stories.story("Lighthouse keepers of Berdiansk " + mark).tag("Lighthouses " + mark).save();
        var byWords = stories.story("Berdiansk lighthouse gets a new lamp").save();
        var byTag = stories.story("A quiet night on the coast").tag("Lighthouses " + mark).save();
        stories.story("Berdiansk lighthouse keeper retires").status(ArticleStatus.DRAFT).save();

        await("the related stories to appear").atMost(Duration.ofSeconds(5)).until(() -> !site.renderedPage(story.path()).select(".related").isEmpty()
                && site.renderedPage(story.path()).select(".related .story-title a").size() >= 2);
        var related = site.renderedPage(story.path()).select(".related .story-title a");

        assertThat(related.eachAttr("href")).contains(byWords.path(), byTag.path()).doesNotContain(story.path()).hasSizeLessThanOrEqualTo(4);
        assertThat(related.eachText()).doesNotContain("Berdiansk lighthouse keeper retires");
        assertThat(site.renderedPage(story.path()).selectFirst(".related h2").text()).isEqualTo("Related stories");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void stories_sharing_headline_words_come_first_then_the_newest_sharing_a_tag(TestDatabase db) {
        try (TestSite site = TestSite.fresh(db, false)) {
            Stories stories = site.stories();
            long harbour = stories.newSection("Harbour");
            Instant now = site.clock().instant();
            var story = stories.story("Ferry timetable for Kherson").section(harbour).tag("Ferries").publishedAt(now.minusSeconds(60)).save();
            var byWords = stories.story("Kherson ferry timetable changes").section(harbour).publishedAt(now.minus(Duration.ofDays(400))).save();
            var tagged = new java.util.ArrayList<String>();
            for (int day = 5; day >= 1; day--) {
                tagged.add(stories.story("Harbour note " + day).section(harbour).tag("Ferries")
                        .publishedAt(now.minus(Duration.ofDays(day))).save().path());
            }

            await("the related stories to appear").atMost(Duration.ofSeconds(5)).until(
                    () -> site.renderedPage(story.path()).select(".related .story-title a").size() == 4);
            var related = site.renderedPage(story.path()).select(".related .story-title a").eachAttr("href");

            assertThat(related).containsExactly(byWords.path(), tagged.get(4), tagged.get(3), tagged.get(2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void the_editor_suggests_related_stories_and_its_picker_finds_stories_by_any_form_of_a_word(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        Stories stories = site.stories();
        var story = stories.story("Тролейбуси Запоріжжя " + mark).save();
        var like = stories.story("Нові тролейбуси для Запоріжжя " + mark + " вийшли на маршрут").save();
        await("the stories to be indexed").atMost(Duration.ofSeconds(5)).until(
                () -> site.page("/search/?q=" + mark).select(".search-results .story").size() == 2);
        NewsroomClient editor = site.signedIn(Role.EDITOR);

        var page = editor.page("/newsroom/stories/" + story.id() + "/");
        HttpResponse<String> picker = editor.get("/newsroom/see-also/?q=" + java.net.URLEncoder.encode("тролейбусів " + mark,
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.text()).contains("Нові тролейбуси для Запоріжжя " + mark + " вийшли на маршрут");
        assertThat(Jsoup.parse(picker.body()).select("button[name=insertSeeAlso]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(story.id()), String.valueOf(like.id()));
        assertThat(Map.of("status", picker.statusCode())).containsEntry("status", 200);
    }
}
