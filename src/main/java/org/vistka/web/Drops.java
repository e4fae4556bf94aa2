package org.vistka.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.vistka.storage.ContentChanges;

/**
 * When each tag was last reached by a change, counted in the page cache's generations: it tells whether a page
 * rendered from generation g on shows something that changed meanwhile. It forgets everything once it holds more
 * than {@value #REMEMBERED} tags (an import touches every story); a page rendered before it forgot then counts as
 * changed, whatever it shows. Thread-safe.
 */
final class Drops {
    private static final int REMEMBERED = 10_000;

    private final Map<String, Long> at = new ConcurrentHashMap<>();
    private final AtomicLong latest = new AtomicLong(-1);
    private final AtomicLong forgotAt = new AtomicLong(-1);

    void record(Set<String> tags, long generation) {
        if (at.size() > REMEMBERED) {
            forgotAt.set(generation);
            at.clear();
        }
        tags.forEach(tag -> at.put(tag, generation));
        latest.accumulateAndGet(generation, Math::max);
    }

    /** Whether a change reached a page with these tags after generation {@code startedAt}. */
    boolean since(Set<String> tags, long startedAt) {
        if (forgotAt.get() > startedAt || at.getOrDefault(ContentChanges.EVERYTHING, -1L) > startedAt) {
            return true;
        }
        if (tags.isEmpty()) {
            // A page that names nothing is reached by every change.
            return latest.get() > startedAt;
        }
        for (String tag : tags) {
            if (at.getOrDefault(tag, -1L) > startedAt) {
                return true;
            }
        }
        return false;
    }
}
