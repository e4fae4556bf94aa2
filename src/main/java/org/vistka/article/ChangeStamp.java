package org.vistka.article;

/**
 * The stamp every write puts in a story's {@code changed_at}: the search index of each node re-reads the stories
 * stamped since the last stamp it indexed. It is the machine's wall clock, not the site's clock, because the site's
 * clock can be set back (tests do) and an imported story keeps its own update time; several nodes therefore need
 * clocks kept in step (NTP), within the overlap the index re-reads. Thread-safe.
 */
public final class ChangeStamp {
    private ChangeStamp() {
    }

    public static long now() {
        return System.currentTimeMillis();
    }
}
