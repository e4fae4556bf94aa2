package org.vistka.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which requests the page cache may answer, and under which key: the address with its kept parameters in a fixed
 * order. Made-up parameters make a request its own (never kept), so they cannot fill the cache.
 */
final class CacheKey {
    private static final Set<String> KEPT_PARAMETERS = Set.of("page", "cpage");

    private CacheKey() {
    }

    /** The key of this request, or null when it must not be answered from the cache. */
    static String of(Context ctx) {
        // A cookie is a reader's own state (a held comment, a session); the newsroom's pages are for its members alone.
        if (ctx.header("Cookie") != null || ctx.path().startsWith("/newsroom/")) {
            return null;
        }
        Map<String, List<String>> parameters = ctx.queryParamMap();
        var kept = new TreeMap<String, String>();
        for (var parameter : parameters.entrySet()) {
            if (!KEPT_PARAMETERS.contains(parameter.getKey()) || parameter.getValue().size() != 1) {
                return null;
            }
            kept.put(parameter.getKey(), parameter.getValue().getFirst());
        }
        return kept.isEmpty() ? ctx.req().getRequestURI() : ctx.req().getRequestURI() + "?" + kept;
    }
}
