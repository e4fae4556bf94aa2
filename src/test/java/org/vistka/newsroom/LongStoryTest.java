package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.article.StoryInputRules;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;
import org.vistka.web.RequestLimits;

/** The editor's form takes the longest story the rules allow, in the script that makes the largest form. */
class LongStoryTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_story_of_the_longest_length_in_a_three_byte_script_is_saved_and_published(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient editor = site.signedIn(Role.EDITOR);
        String paragraph = "長江大橋今晨正式通車，市民沿橋步行觀光。";
        int paragraphs = StoryInputRules.MAX_BODY / (paragraph.length() + 2);
        String body = (paragraph + "\n\n").repeat(paragraphs);
        assertThat(body.length()).isLessThanOrEqualTo(StoryInputRules.MAX_BODY).isGreaterThan(StoryInputRules.MAX_BODY - 30);
        // Larger percent-encoded (1.7 MB) than any other form may be: only the editor's own limit lets it through.
        assertThat((long) URLEncoder.encode(body, StandardCharsets.UTF_8).length()).isGreaterThan(RequestLimits.FORM_BYTES);
        Map<String, Object> form = PermissionTableTest.story("published", site);
        form.put("body", body);

        HttpResponse<String> saved = editor.submit("/newsroom/stories/new/", "/newsroom/stories/new/", form);

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        String publicPath = editor.page(saved.headers().firstValue("Location").orElseThrow()).selectFirst("main p a[href^=/20]").attr("href");
        assertThat(site.page(publicPath).select("article p").eachText()).filteredOn(paragraph::equals).hasSize(paragraphs);
    }
}
