package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * A reader who misses a page that another reader is rendering waits for that render, but a render that hangs holds
 * them only a few seconds, and a render that fails fails for them too instead of being tried again by each.
 *
 * <p>The render is made to hang honestly: the test locks the table of corrections, which every story page reads and
 * no background job does, so the page's query waits on the lock. On PostgreSQL only: SQLite lets readers read
 * through any writer's lock, so no render of it can be made to wait.
 */
class PageCacheWaitTest {

    @Test
    void a_reader_waiting_for_a_render_that_hangs_renders_the_page_themselves_after_three_seconds() {
        try (TestSite site = TestSite.fresh(TestDatabase.POSTGRESQL, false); Handle lock = lockCorrections(site)) {
            String path = story(site);
            TwoReaders readers = TwoReaders.arrive(site, path);
            CompletableFuture<HttpResponse<String>> first = readers.first();
            CompletableFuture<HttpResponse<String>> second = readers.second();

            await("the second reader to stop waiting and render the page themselves").atMost(Duration.ofSeconds(6)).until(
                    () -> rendersWaiting(site) == 2);

            assertThat(site.vistka().pageCache().waiting()).isZero();
            lock.rollback();
            assertThat(first.join().statusCode()).isEqualTo(200);
            assertThat(second.join().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void readers_waiting_for_a_render_that_fails_get_its_failure_at_once_without_rendering_again() throws Exception {
        try (TestSite site = TestSite.fresh(TestDatabase.POSTGRESQL, false); Handle lock = lockCorrections(site)) {
            String path = story(site);
            TwoReaders readers = TwoReaders.arrive(site, path);
            CompletableFuture<HttpResponse<String>> first = readers.first();
            CompletableFuture<HttpResponse<String>> second = readers.second();

            site.jdbi().useHandle(handle -> handle.createQuery("SELECT pg_cancel_backend(pid) FROM pg_stat_activity "
                    + "WHERE wait_event_type = 'Lock' AND query LIKE '%FROM correction%'").mapTo(Boolean.class).list());

            // The lock is still held: a second render would wait on it, so an answer now is the first render's failure.
            HttpResponse<String> failed = second.get(2, TimeUnit.SECONDS);
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).contains("Something went wrong on our side.");
            assertThat(first.join().statusCode()).isEqualTo(500);
            assertThat(rendersWaiting(site)).isZero();
            lock.rollback();
        }
    }

    private static String story(TestSite site) {
        long section = site.stories().newSection("Transport");
        return site.stories().story("Night trains to Lviv " + Stories.unique()).section(section).save().path();
    }

    /** Holds a lock on the corrections table, which story pages read, until the handle rolls back or closes. */
    private static Handle lockCorrections(TestSite site) {
        Handle handle = site.jdbi().open();
        handle.begin();
        handle.execute("LOCK TABLE correction IN ACCESS EXCLUSIVE MODE");
        return handle;
    }

    /** Story pages whose render is waiting on the lock. */
    private static int rendersWaiting(TestSite site) {
        return site.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM pg_stat_activity "
                + "WHERE wait_event_type = 'Lock' AND query LIKE '%FROM correction%'").mapTo(Integer.class).one());
    }

    /** A first reader whose render waits on the lock, and a second who waits for that render. */
    private record TwoReaders(CompletableFuture<HttpResponse<String>> first, CompletableFuture<HttpResponse<String>> second) {
        static TwoReaders arrive(TestSite site, String path) {
            CompletableFuture<HttpResponse<String>> first = site.getAsync(path);
            await("the first reader's render to wait on the lock").atMost(Duration.ofSeconds(10)).until(() -> rendersWaiting(site) == 1);
            CompletableFuture<HttpResponse<String>> second = site.getAsync(path);
            await("the second reader to wait for the first one's render").atMost(Duration.ofSeconds(10)).until(
                    () -> site.vistka().pageCache().waiting() == 1);
            return new TwoReaders(first, second);
        }
    }
}
