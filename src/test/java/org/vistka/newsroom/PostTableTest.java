package org.vistka.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vistka.testing.NewsroomClient;
import org.vistka.testing.TestDatabase;

/**
 * Every POST route of the newsroom, tried over real HTTP by a member of every role and by a signed-out browser, each
 * with a valid form token: the answer and the database must show exactly what {@link PostTable} works out from the
 * roles' permissions. Then every route again without its form token or with another browser's: refused, unchanged.
 */
class PostTableTest {
    private static final Map<TestDatabase, Desk> DESKS = new EnumMap<>(TestDatabase.class);
    private static final String EXPIRED = "This form has expired or did not come from this site.";
    /** POSTs outside the newsroom, each tested where it belongs: readers' comments carry a token of their own. */
    private static final List<String> PUBLIC_POSTS = List.of("/comments/{articleId}/");

    /** How a forged post differs from the form's own. */
    enum Forgery {
        WITHOUT_A_TOKEN, WITH_ANOTHER_BROWSERS_TOKEN
    }

    private static Desk desk(TestDatabase db) {
        return DESKS.computeIfAbsent(db, Desk::open);
    }

    @AfterAll
    static void close() {
        DESKS.values().forEach(Desk::close);
        DESKS.clear();
    }

    static Stream<Arguments> cells() {
        return Stream.of(TestDatabase.values()).flatMap(db -> PostTable.rows().stream().flatMap(row ->
                Stream.of(Desk.Visitor.values()).map(visitor -> Arguments.of(db, row, visitor))));
    }

    @ParameterizedTest(name = "{1}, {2} ({0})")
    @MethodSource("cells")
    void each_post_does_for_each_role_exactly_what_its_permissions_say(TestDatabase db, PostTable.Row row, Desk.Visitor visitor) {
        Desk desk = desk(db);
        Desk.Person person = desk.person(visitor);
        NewsroomClient browser = row.secondBrowser() ? desk.secondBrowser(visitor) : person.browser();
        PostTable.Attempt attempt = row.attempt().apply(desk, person);
        PostTable.Outcome expected = row.rule().of(visitor.role());

        HttpResponse<String> response = browser.post(attempt.path(), withToken(attempt, browser.formToken()));

        String cell = row + ", " + visitor + " (" + db + ")";
        assertThat(response.statusCode()).as(cell + ": " + response.body()).isEqualTo(expected.status());
        if (expected.toSignIn()) {
            assertThat(response.headers().firstValue("Location")).as(cell)
                    .hasValue("/newsroom/sign-in/?next=" + URLEncoder.encode(attempt.path(), StandardCharsets.UTF_8));
        }
        assertThat(attempt.changed().getAsBoolean()).as(cell + ": the change was made").isEqualTo(expected.changes());
    }

    static Stream<Arguments> forgeries() {
        return Stream.of(TestDatabase.values()).flatMap(db -> PostTable.rows().stream().flatMap(row ->
                Stream.of(Forgery.values()).map(forgery -> Arguments.of(db, row, forgery))));
    }

    @ParameterizedTest(name = "{1}, {2} ({0})")
    @MethodSource("forgeries")
    void a_post_without_its_own_form_token_is_refused_and_changes_nothing(TestDatabase db, PostTable.Row row, Forgery forgery) {
        Desk desk = desk(db);
        Desk.Person admin = desk.person(Desk.Visitor.ADMINISTRATOR);
        NewsroomClient browser = row.secondBrowser() ? desk.secondBrowser(Desk.Visitor.ADMINISTRATOR) : admin.browser();
        PostTable.Attempt attempt = row.attempt().apply(desk, admin);
        Map<String, Object> fields = forgery == Forgery.WITHOUT_A_TOKEN ? new LinkedHashMap<>(attempt.fields())
                : withToken(attempt, desk.person(Desk.Visitor.EDITOR).browser().formToken());

        HttpResponse<String> response = browser.post(attempt.path(), fields);

        String cell = row + ", " + forgery + " (" + db + ")";
        assertThat(response.statusCode()).as(cell + ": " + response.body()).isEqualTo(403);
        assertThat(response.body()).as(cell).contains(EXPIRED);
        assertThat(attempt.changed().getAsBoolean()).as(cell + ": the change was made").isFalse();
    }

    @Test
    void the_table_has_a_row_for_every_post_route_the_server_has() {
        var routes = desk(TestDatabase.SQLITE).site().vistka().routes().stream()
                .filter(route -> route.startsWith("POST ")).map(route -> route.substring("POST ".length())).toList();

        var covered = Stream.concat(PostTable.rows().stream().map(PostTable.Row::route), PUBLIC_POSTS.stream()).distinct().toList();
        assertThat(routes).containsExactlyInAnyOrderElementsOf(covered);
    }

    private static Map<String, Object> withToken(PostTable.Attempt attempt, String token) {
        Map<String, Object> fields = new LinkedHashMap<>(attempt.fields());
        fields.put("_csrf", token);
        return fields;
    }
}
