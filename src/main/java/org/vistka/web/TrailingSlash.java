package org.vistka.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Every page address ends with a slash, as WordPress's do; an address without it is answered with a permanent
 * redirect to the one with it. Files (a dot in the last segment) and the health check are left alone.
 */
final class TrailingSlash {
    private TrailingSlash() {
    }

    /** Answers with the redirect when the address lacks its slash; returns whether it did. */
    static boolean redirectIfMissing(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String path = ctx.req().getRequestURI();
        if (path.endsWith("/") || path.equals("/healthz") || path.startsWith("/static/")
                || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return false;
        }
        if (path.startsWith("//")) {
            // "//host" would be a protocol-relative address: redirecting there would send readers off-site.
            throw HttpProblem.notFound();
        }
        String query = ctx.queryString();
        ctx.redirect(path + "/" + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
        ctx.skipRemainingHandlers();
        return true;
    }
}
