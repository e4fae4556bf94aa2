package org.vistka.web;

import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jetty.util.MultiMap;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Which requests the page cache may answer, and under which key: the address with its kept parameters in a fixed
 * order. Made-up parameters make a request its own (never kept), so they cannot fill the cache.
 */
final class CacheKey {
    private static final Set<String> KEPT_PARAMETERS = Set.of("page", "cpage");

    private CacheKey() {
    }

    /**
     * The key of a request for {@code path} (as sent, not decoded) with {@code query} (null when there is none), or
     * null when it must not be answered from the cache.
     */
    static String of(String path, String query, boolean hasCookie) {
        // A cookie is a reader's own state (a held comment, a session); the newsroom's pages are for its members alone.
        if (hasCookie || path.startsWith("/newsroom/")) {
            return null;
        }
        if (query == null || query.isEmpty()) {
            return path;
        }
        var parameters = new MultiMap<String>();
        try {
            UrlEncoded.decodeUtf8To(query, parameters);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        var kept = new TreeMap<String, String>();
        for (var parameter : parameters.entrySet()) {
            if (!KEPT_PARAMETERS.contains(parameter.getKey()) || parameter.getValue().size() != 1) {
                return null;
            }
            kept.put(parameter.getKey(), parameter.getValue().getFirst());
        }
        return path + "?" + kept;
    }
}
