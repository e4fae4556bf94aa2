package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Background work runs below the threads that answer pages, as {@code top -H} or {@code ps -L -o nice} shows an
 * operator: the kernel's own per-thread nice value, read from {@code /proc}.
 */
class BackgroundThreadsTest {

    @Test
    void a_background_pool_runs_its_tasks_ten_nice_steps_below_the_thread_that_made_it() throws Exception {
        int mine = niceOfThisThread();
        ExecutorService pool = Executors.newFixedThreadPool(2, BackgroundThreads.factory("vistka-test-background-"));
        try {
            CompletableFuture<Integer> nice = CompletableFuture.supplyAsync(BackgroundThreadsTest::niceOfThisThread, pool);
            CompletableFuture<String> name = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool);
            assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(Math.min(19, mine + 10));
            assertThat(name.get(10, TimeUnit.SECONDS)).startsWith("vistka-test-background-");
        } finally {
            pool.shutdownNow();
        }
        assertThat(niceOfThisThread()).as("the page threads keep their priority").isEqualTo(mine);
    }

    @Test
    void a_single_background_thread_is_lowered_too_and_threads_it_starts_inherit_its_priority() throws Exception {
        int mine = niceOfThisThread();
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread worker = BackgroundThreads.start("vistka-test-writer", () -> {
            CompletableFuture<Integer> child = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> child.complete(niceOfThisThread()));
            seen.complete(new int[] {niceOfThisThread(), child.join()});
        });
        int[] nice = seen.get(10, TimeUnit.SECONDS);
        worker.join();
        assertThat(worker.getName()).isEqualTo("vistka-test-writer");
        assertThat(worker.isDaemon()).isTrue();
        assertThat(nice[0]).isEqualTo(Math.min(19, mine + 10));
        assertThat(nice[1]).as("started by a background thread").isEqualTo(nice[0]);
    }

    /** Field 19 of the calling thread's {@code stat}, counted after the command name, which may hold spaces. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
