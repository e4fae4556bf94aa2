package org.vistka.testing;

import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript, for newsroom tests: keeps cookies, reads each form's CSRF token from the form itself,
 * and posts forms (file uploads included) over real HTTP like a reader's browser would. Not thread-safe.
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

    /**
     * Posts {@code fields} as the form on the page at {@code formPage} that posts to {@code action} would, with that
     * form's token. Fails the test when the page has no such form, or the form carries no token: a form without one
     * would be refused by the newsroom, so a test must not post it as if it worked.
     */
    public HttpResponse<String> submit(String formPage, String action, Map<String, ?> fields) {
        Element form = page(formPage).selectFirst("form[method=post][action=\"" + action + "\"]");
        if (form == null) {
            throw new AssertionError("no form posting to " + action + " on " + formPage);
        }
        Element token = form.selectFirst("input[type=hidden][name=_csrf]");
        if (token == null || token.val().isEmpty()) {
            throw new AssertionError("the form posting to " + action + " on " + formPage + " has no form token");
        }
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.val());
        return post(action, all);
    }

    /**
     * This browser's form token as the newsroom hands it out: the session's when a member is signed in, otherwise the
     * one its form cookie holds. For requests that no page's form makes, such as a member trying what their role
     * does not allow, with everything a browser of theirs could send.
     */
    public String formToken() {
        Element token = page("/newsroom/sign-in/").selectFirst("input[type=hidden][name=_csrf]");
        if (token == null || token.val().isEmpty()) {
            throw new AssertionError("the sign-in page gave no form token");
        }
        return token.val();
    }

    /**
     * Posts exactly these fields, token or not: as multipart/form-data when one of them is an {@link Upload}, as a
     * file input sends it, otherwise URL-encoded.
     */
    public HttpResponse<String> post(String action, Map<String, ?> fields) {
        boolean multipart = fields.values().stream().anyMatch(Upload.class::isInstance);
        String boundary = "----VistkaTestBoundary" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart ? multipart(fields, boundary) : encode(fields).getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(site.uri(action))
                .header("Content-Type", multipart ? "multipart/form-data; boundary=" + boundary : "application/x-www-form-urlencoded")
                // As curl does for bodies over a megabyte: the server may refuse one before it is sent, and a client
                // still writing a refused body into a closed connection would lose the answer to a reset.
                .expectContinue(body.length > 1024 * 1024)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
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

    /** A file chosen in a form's file input. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    public List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    /** This browser's newsroom session as a Cookie header's value, for a request sent by hand. */
    public String sessionCookie() {
        return cookies().stream().filter(c -> c.getName().equals("vistka_session")).findFirst()
                .map(c -> c.getName() + "=" + c.getValue()).orElseThrow(() -> new AssertionError("this browser is not signed in"));
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

    private static byte[] multipart(Map<String, ?> fields, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> (value instanceof List<?> list ? list : List.of(value)).forEach(one -> {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
            if (one instanceof Upload file) {
                head += "; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType();
            }
            body.writeBytes((head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(one instanceof Upload file ? file.content() : String.valueOf(one).getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String encode(Map<String, ?> fields) {
        return fields.entrySet().stream().flatMap(entry -> {
            List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            return values.stream().map(value -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }).collect(Collectors.joining("&"));
    }
}
