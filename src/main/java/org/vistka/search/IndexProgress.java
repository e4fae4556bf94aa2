package org.vistka.search;

/** Hears how far an index build is: {@code done} of {@code total} stories. Called in order of {@code done}, from any thread. */
@FunctionalInterface
public interface IndexProgress {
    void report(int done, int total);
}
