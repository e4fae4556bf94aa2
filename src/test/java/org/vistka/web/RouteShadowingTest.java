package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Javalin answers an address with the first route that matches it, so a route registered early can take addresses
 * meant for a later one: the article route {@code /{year}/{month}/{day}/{slug}/} would answer
 * {@code /newsroom/stories/7/revisions/}. For every route the server has, an address of its own shape must reach it,
 * not a route before it.
 */
class RouteShadowingTest {
    private static final TestSite site = TestSite.shared(TestDatabase.SQLITE);
    /** Handlers that answer requests; before and after filters run for every matching route and take nothing away. */
    private static final List<String> ANSWERING = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Test
    void no_route_answers_an_address_meant_for_a_route_registered_after_it() {
        List<String> routes = site.vistka().routes().stream().filter(route -> ANSWERING.contains(method(route))).toList();
        List<String> shadowed = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            String method = method(routes.get(i));
            String address = example(path(routes.get(i)));
            for (int j = 0; j < i; j++) {
                if (method(routes.get(j)).equals(method) && pattern(path(routes.get(j))).matcher(address).matches()) {
                    shadowed.add(routes.get(i) + " (" + address + ") is taken by " + routes.get(j));
                }
            }
        }
        assertThat(routes).contains("GET /{year}/{month}/{day}/{slug}/", "GET /newsroom/stories/{id}/revisions/");
        assertThat(shadowed).isEmpty();
    }

    @Test
    void the_judge_sees_a_shadowed_route() {
        List<String> inTheWrongOrder = List.of("GET /{year}/{month}/{day}/{slug}/", "GET /newsroom/stories/{id}/revisions/");
        assertThat(pattern(path(inTheWrongOrder.get(0))).matcher(example(path(inTheWrongOrder.get(1)))).matches()).isTrue();
    }

    private static String method(String route) {
        return route.substring(0, route.indexOf(' '));
    }

    private static String path(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }

    /** An address of the route's shape: each parameter filled with a value that any parameter would take. */
    private static String example(String path) {
        return path.replaceAll("\\{[^}]+}", "7").replaceAll("<[^>]+>", "7/7").replace("*", "x");
    }

    /** The addresses Javalin sends to a route: a {param} is one segment, a <param> any number, * anything. */
    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=[{<*])|(?<=[}>*])")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
            } else if (part.startsWith("<")) {
                regex.append(".+");
            } else if (part.equals("*")) {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
