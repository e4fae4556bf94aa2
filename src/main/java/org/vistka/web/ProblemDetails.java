package org.vistka.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal told to a script as RFC 9457 problem details ({@code application/problem+json}): the {@code type},
 * {@code title}, {@code status} and {@code detail} members, a {@code retryAfter} member in seconds (with the
 * {@code Retry-After} header) when the refusal says when to come back, and any members of the API's own. Every JSON
 * answer that refuses a request is written here. Immutable and safe to share between threads.
 *
 * @param retryAfter how long to wait before sending again, or null when waiting would not help
 * @param members    members of the API's own, written after the standard ones in their iteration order
 */
public record ProblemDetails(HttpStatus status, String title, String detail, Duration retryAfter, Map<String, ?> members) {
    static final String CONTENT_TYPE = "application/problem+json";

    public ProblemDetails {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The problem a refusal thrown from a handler stands for, titled with its status's reason phrase. */
    static ProblemDetails of(HttpProblem problem) {
        return new ProblemDetails(problem.status(), problem.status().getMessage(), problem.getMessage(), problem.retryAfter(), Map.of());
    }

    /** Whether the request came from a script that reads JSON rather than from a browser loading a page. */
    public static boolean asked(Context ctx) {
        return String.valueOf(ctx.header(Header.ACCEPT)).contains("application/json");
    }

    /** Says when to come back, in whole seconds, on a JSON answer or a page alike; nothing when {@code delay} is null. */
    public static void retryAfter(Context ctx, Duration delay) {
        if (delay != null) {
            ctx.header(Header.RETRY_AFTER, String.valueOf(seconds(delay)));
        }
    }

    /** Writes this problem as the answer to {@code ctx}: status, headers and body. */
    public void send(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        if (retryAfter != null) {
            body.put("retryAfter", seconds(retryAfter));
        }
        body.putAll(members);
        retryAfter(ctx, retryAfter);
        ctx.status(status);
        ctx.contentType(CONTENT_TYPE);
        ctx.result(ctx.jsonMapper().toJsonString(body, Map.class));
    }

    /** A part of a second is a whole one: a client told to come back early would only be refused again. */
    private static long seconds(Duration delay) {
        return Math.max(1, delay.plusMillis(999).toSeconds());
    }
}
