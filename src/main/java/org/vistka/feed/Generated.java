package org.vistka.feed;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A feed or sitemap ready to send: its bytes, when its content last changed (its {@code Last-Modified}, or null for a
 * document that records no such time), and the tags of {@link org.vistka.storage.ContentChanges} naming what it
 * shows, for the page cache (none: every change reaches it).
 */
record Generated(byte[] bytes, Instant lastModified, Set<String> shows) {
    /**
     * The newest of these change times. A document with nothing in it and no recorded change is dated at the epoch: a
     * fixed time, because a document that is not changing must not seem to.
     */
    static Instant newestOf(Stream<Optional<Instant>> changes) {
        return changes.flatMap(Optional::stream).max(Instant::compareTo).orElse(Instant.EPOCH);
    }
}
