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
    void a_background_pool_runs_its_tasks_ten_nice_steps_below_the_process() throws Exception {
        int mine = niceOfThisThread();
        int background = Math.min(19, niceOfTheProcess() + 10);
        ExecutorService pool = Executors.newFixedThreadPool(2, BackgroundThreads.factory("vistka-test-background-"));
        try {
            CompletableFuture<Integer> nice = CompletableFuture.supplyAsync(BackgroundThreadsTest::niceOfThisThread, pool);
            CompletableFuture<String> name = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool);
            assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(background);
            assertThat(name.get(10, TimeUnit.SECONDS)).startsWith("vistka-test-background-");
        } finally {
            pool.shutdownNow();
        }
        assertThat(niceOfThisThread()).as("the page threads keep their priority").isEqualTo(mine);
    }

    @Test
    void a_single_background_thread_is_lowered_too_and_background_threads_it_starts_go_no_lower() throws Exception {
        int background = Math.min(19, niceOfTheProcess() + 10);
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread worker = BackgroundThreads.start("vistka-test-writer", () -> {
            CompletableFuture<Integer> plain = new CompletableFuture<>();
            CompletableFuture<Integer> nested = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> plain.complete(niceOfThisThread()));
            BackgroundThreads.start("vistka-test-nested", () -> nested.complete(niceOfThisThread()));
            seen.complete(new int[] {niceOfThisThread(), plain.join(), nested.join()});
        });
        int[] nice = seen.get(10, TimeUnit.SECONDS);
        worker.join();
        assertThat(worker.getName()).isEqualTo("vistka-test-writer");
        assertThat(worker.isDaemon()).isTrue();
        assertThat(nice[0]).isEqualTo(background);
        assertThat(nice[1]).as("a plain thread it starts inherits its priority").isEqualTo(background);
        assertThat(nice[2]).as("a background thread it starts").isEqualTo(background);
    }

    @Test
    void without_native_access_the_work_still_runs_at_normal_priority_and_says_so_once() throws Exception {
        // A JVM of its own in which JNA may not load its native part, as on a host whose temporary folder is noexec.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djna.nosys=true", "-Djna.noclasspath=true", "-Djna.boot.library.path=/nonexistent",
                "-cp", System.getProperty("java.class.path"), WithoutNativeAccess.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("ran: first", "ran: second");
        assertThat(output.split("event=background-priority-unavailable", -1)).as(output).hasSize(2);
    }

    /** Runs two tasks on background threads and says so. */
    static final class WithoutNativeAccess {
        public static void main(String[] args) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(2, BackgroundThreads.factory("vistka-test-plain-"));
            System.out.println("ran: " + pool.submit(() -> "first").get(10, TimeUnit.SECONDS));
            System.out.println("ran: " + CompletableFuture.supplyAsync(() -> "second", Executors.newSingleThreadExecutor(
                    BackgroundThreads.factory("vistka-test-other-"))).get(10, TimeUnit.SECONDS));
            System.exit(0);
        }
    }

    private static int niceOfThisThread() {
        return nice(Path.of("/proc/thread-self/stat"));
    }

    /** The process's own nice value: its main thread's. */
    private static int niceOfTheProcess() {
        return nice(Path.of("/proc/self/stat"));
    }

    /** Field 19 of a {@code stat} file, counted after the command name, which may hold spaces. */
    private static int nice(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
