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

/**
 * Every newsroom page of the README's permission table, opened by every role over real HTTP; the server must refuse
 * what the table refuses. What the forms do is {@link PostTableTest}'s table.
 */
class PermissionTableTest {
    private static final Map<String, BiFunction<TestSite, NewsroomClient, HttpResponse<String>>> ACTIONS = Map.of(
            "open someone else's story", (site, client) -> client.get("/newsroom/stories/" + othersDraft(site) + "/"),
            "use the media library", (site, client) -> client.get("/newsroom/media/"),
            "manage members", (site, client) -> client.get("/newsroom/users/"),
            "change settings", (site, client) -> client.get("/newsroom/settings/"),
            "read the audit log", (site, client) -> client.get("/newsroom/audit/"));
    /** One signed-in browser per database and role: a sign-in costs an Argon2 hash. */
    private static final Map<String, NewsroomClient> BROWSERS = new HashMap<>();

    static Stream<Arguments> table() {
        // action, then the status each role gets: administrator, editor, author, contributor
        Object[][] rows = {
                {"open someone else's story", 200, 200, 403, 403},
                {"use the media library", 200, 200, 200, 200},
                {"manage members", 200, 403, 403, 403},
                {"change settings", 200, 403, 403, 403},
                {"read the audit log", 200, 403, 403, 403}};
        Role[] roles = {Role.ADMINISTRATOR, Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR};
        return Stream.of(TestDatabase.values()).flatMap(db -> Stream.of(rows).flatMap(row ->
                Stream.of(0, 1, 2, 3).map(i -> Arguments.of(db, roles[i], row[0], row[i + 1]))));
    }

    @ParameterizedTest(name = "{1}, {2}: {3} ({0})")
    @MethodSource("table")
    void each_role_gets_exactly_the_status_the_table_says(TestDatabase db, Role role, String action, int status) {
        TestSite site = TestSite.shared(db);
        NewsroomClient client = BROWSERS.computeIfAbsent(db + " " + role, key -> site.signedIn(role));

        HttpResponse<String> response = ACTIONS.get(action).apply(site, client);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.body()).contains("does not allow");
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
}
