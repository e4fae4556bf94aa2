package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vistka.account.Role;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.NuChecker;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Every newsroom page, including a form shown back with its problems, is valid HTML5 by the Nu Html Checker. */
class NewsroomPageValidityTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void every_newsroom_page_is_valid_html(TestDatabase db) {
        TestSite site = TestSite.shared(db);
        NewsroomClient admin = site.signedIn(Role.ADMINISTRATOR);
        var story = site.stories().story("A story to edit").body("Text.\n\n{{see-also 1}}").bylined().save();
        String edit = "/newsroom/stories/" + story.id() + "/";
        Map<String, Object> form = admin.formValues(edit, edit);
        form.put("body", "Changed text.");
        form.put("action", "save");
        admin.post(edit, form);
        Map<String, Object> bad = PermissionTableTest.story("scheduled", site);
        bad.put("title", "");

        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("sign-in", new NewsroomClient(site).get("/newsroom/sign-in/").body());
        for (String path : new String[] {"/newsroom/", "/newsroom/?status=published&q=ferry", "/newsroom/stories/new/", edit,
                edit + "revisions/", "/newsroom/media/", "/newsroom/users/", "/newsroom/settings/", "/newsroom/audit/",
                "/newsroom/account/", "/newsroom/see-also/?q=ferry"}) {
            var response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            pages.put(path, response.body());
        }
        pages.put("editor with problems", admin.submit("/newsroom/stories/new/", "/newsroom/stories/new/", bad).body());
        bad.put("title", "Previewed");
        bad.put("status", "draft");
        bad.put("action", "preview");
        pages.put("preview", admin.submit("/newsroom/stories/new/", "/newsroom/stories/new/", bad).body());

        pages.forEach((name, html) -> assertThat(NuChecker.errors(html)).as(name).isEmpty());
    }
}
