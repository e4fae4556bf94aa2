package org.vistka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript, for newsroom tests: keeps cookies, reads each form's CSRF token from the page it
 * comes from, and posts forms over real HTTP like a reader's browser would.
 */
public final class NewsroomClient {
    private final TestSite site;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** Set when this browser's requests reach the site through a proxy: the X-Forwarded-For lines they arrive with. */
    private List<String> forwardedFor = List.of();

    public NewsroomClient(TestSite site) {
        this.site = site;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the sign-in form; fails the test unless the newsroom lets the member in. */
    public NewsroomClient signIn(String email, String password) {
        HttpResponse<String> response = submit("/newsroom/sign-in/", "/newsroom/sign-in/", Map.of("email", email, "password", password));
        if (response.statusCode() != 303) {
            throw new AssertionError("sign-in as " + email + " answered " + response.statusCode() + ": " + response.body());
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(site.uri(path)).GET().build());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), site.uri(path).toString());
    }

    /** Posts {@code fields} to {@code action}, with the form token found on the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, ?> fields) {
        Document page = Jsoup.parse(get(formPage).body());
        var token = page.selectFirst("input[name=_csrf]");
        Map<String, Object> all = new LinkedHashMap<>(fields);
        if (token != null && !all.containsKey("_csrf")) {
            all.put("_csrf", token.val());
        }
        return post(action, all);
    }

    /** Posts exactly these fields, token or not. */
    public HttpResponse<String> post(String action, Map<String, ?> fields) {
        return send(HttpRequest.newBuilder(site.uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    /** The values of every field of the first form on {@code path} whose action is {@code action}, as the page has them. */
    public Map<String, Object> formValues(String path, String action) {
        Document page = page(path);
        var form = (org.jsoup.nodes.FormElement) page.selectFirst("form[action=" + action + "]");
        if (form == null) {
            throw new AssertionError("no form posting to " + action + " on " + path);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var entry : form.formData()) {
            values.merge(entry.key(), entry.value(), (a, b) -> {
                List<Object> list = new ArrayList<>(a instanceof List<?> l ? l : List.of(a));
                list.add(b);
                return list;
            });
        }
        return values;
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    /**
     * From now on, this browser's requests come through a proxy on loopback, with these X-Forwarded-For lines (the
     * proxy's own, naming the browser, last; any before it are the browser's own, true or forged).
     */
    public NewsroomClient behindProxyAs(String... lines) {
        forwardedFor = List.of(lines);
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (!forwardedFor.isEmpty()) {
            HttpRequest.Builder proxied = HttpRequest.newBuilder(request, (name, value) -> true);
            forwardedFor.forEach(line -> proxied.header("X-Forwarded-For", line));
            request = proxied.build();
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> fields) {
        return fields.entrySet().stream().flatMap(entry -> {
            List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            return values.stream().map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }).collect(Collectors.joining("&"));
    }
}
