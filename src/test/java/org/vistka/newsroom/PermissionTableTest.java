package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.account.Role;
import org.vistka.article.ArticleStatus;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/** Every action of the README's permission table, tried by every role over real HTTP; the server must refuse what the table refuses. */
class PermissionTableTest {
    private static final Map<String, BiFunction<TestSite, NewsroomClient, HttpResponse<String>>> ACTIONS = Map.of(
            "write a draft", (site, client) -> client.submit("/newsroom/stories/new/", "/newsroom/stories/new/", story("draft", site)),
            "publish a story of their own", (site, client) -> client.submit("/newsroom/stories/new/", "/newsroom/stories/new/", story("published", site)),
            "open someone else's story", (site, client) -> client.get("/newsroom/stories/" + othersDraft(site) + "/"),
            "publish someone else's story", (site, client) -> {
                long id = othersDraft(site);
                Map<String, Object> form = story("published", site);
                form.put("version", "1");
                return client.submit("/newsroom/stories/new/", "/newsroom/stories/" + id + "/", form);
            },
            "add a correction", (site, client) -> client.submit("/newsroom/", "/newsroom/stories/" + othersPublished(site) + "/corrections/",
                    Map.of("correction", "A date was wrong.")),
            "use the media library", (site, client) -> client.get("/newsroom/media/"),
            "manage members", (site, client) -> client.get("/newsroom/users/"),
            "change settings", (site, client) -> client.get("/newsroom/settings/"),
            "read the audit log", (site, client) -> client.get("/newsroom/audit/"));

    static Stream<Arguments> table() {
        // action, administrator, editor, author, contributor: true = allowed
        Object[][] rows = {
                {"write a draft", true, true, true, true},
                {"publish a story of their own", true, true, true, false},
                {"open someone else's story", true, true, false, false},
                {"publish someone else's story", true, true, false, false},
                {"add a correction", true, true, false, false},
                {"use the media library", true, true, true, true},
                {"manage members", true, false, false, false},
                {"change settings", true, false, false, false},
                {"read the audit log", true, false, false, false}};
        Role[] roles = {Role.ADMINISTRATOR, Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR};
        return Stream.of(TestDatabase.values()).flatMap(db -> Stream.of(rows).flatMap(row ->
                Stream.of(0, 1, 2, 3).map(i -> Arguments.of(db, roles[i], row[0], row[i + 1]))));
    }

    @ParameterizedTest(name = "{1} may {2}: {3} ({0})")
    @MethodSource("table")
    void each_role_may_do_exactly_what_the_table_says(TestDatabase db, Role role, String action, boolean allowed) {
        TestSite site = TestSite.shared(db);
        NewsroomClient client = site.signedIn(role);

        HttpResponse<String> response = ACTIONS.get(action).apply(site, client);

        if (allowed) {
            assertThat(response.statusCode()).as(response.body()).isIn(200, 303);
        } else {
            assertThat(response.statusCode()).as(response.body()).isIn(400, 403);
            assertThat(response.body()).containsAnyOf("does not allow", "may only save this story as");
        }
    }

    static Map<String, Object> story(String status, TestSite site) {
        Map<String, Object> form = new HashMap<>();
        form.put("title", "A story by a test " + org.vistka.testing.Stories.unique());
        form.put("body", "A first paragraph.");
        form.put("sectionId", String.valueOf(site.stories().taxonomy().sections().getFirst().id()));
        form.put("authorIds", String.valueOf(site.stories().taxonomy().authors().getFirst().id()));
        form.put("mediaKind", "text");
        form.put("status", status);
        form.put("version", "0");
        form.put("action", "save");
        return form;
    }

    private static long othersDraft(TestSite site) {
        return site.stories().story("Someone else's draft").status(ArticleStatus.DRAFT).save().id();
    }

    private static long othersPublished(TestSite site) {
        return site.stories().story("Someone else's story").save().id();
    }
}
