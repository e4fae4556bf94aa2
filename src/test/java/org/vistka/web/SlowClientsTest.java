package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vistka.account.Role;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * Clients that send a request a byte a second, or stop halfway, hold none of the server's threads for long and are
 * closed within the limits, while readers' pages are answered as usual. The site runs with short limits (a head
 * deadline of 1 s, an idle timeout of 2 s) so the test does not wait for the real ones, which work the same way.
 */
class SlowClientsTest {
    private static final RequestLimits SHORT = new RequestLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 1024);
    /** Longer than any limit above, with room for a busy machine; a client not closed by then is held for ever. */
    private static final Duration CLOSED_WITHIN = Duration.ofSeconds(6);

    @Test
    void a_hundred_clients_trickling_or_stalling_hold_no_reader_back_and_are_closed_within_the_limits() {
        try (TestSite site = TestSite.fresh(TestDatabase.SQLITE, SHORT)) {
            var story = site.stories().story("Tram line 5 reopens " + Stories.unique()).bylined().save();
            assertThat(rendered(site, story.path()).statusCode()).isEqualTo(200);
            String form = "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
            List<RawConnection> heads = new ArrayList<>();
            List<RawConnection> forms = new ArrayList<>();
            List<RawConnection> stalled = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                heads.add(open(site, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
                forms.add(open(site, "POST /newsroom/sign-in/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + form + "email="));
                forms.add(open(site, "POST /comments/" + story.id() + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + form + "comment="));
                stalled.add(open(site, "POST /newsroom/sign-in/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + form + "email=x"));
            }
            List<RawConnection> trickling = Stream.concat(heads.stream(), forms.stream()).toList();
            try (Trickle trickle = new Trickle(trickling)) {
                List<CompletableFuture<Integer>> answers = forms.stream().map(SlowClientsTest::answerOf).toList();
                List<CompletableFuture<Boolean>> closed = Stream.concat(heads.stream(), stalled.stream())
                        .map(SlowClientsTest::closedByServer).toList();

                HttpResponse<String> reader = readerWithin(Duration.ofSeconds(2), () -> rendered(site, story.path()));

                assertThat(reader.statusCode()).isEqualTo(200);
                // A form trickled in is refused once it falls below the minimum rate; no thread waited for it meanwhile.
                assertThat(answers).allSatisfy(answer -> assertThat(answer.join()).isEqualTo(408));
                // A head trickled in is closed at the head deadline, a body that stops at the idle timeout.
                assertThat(closed).allSatisfy(each -> assertThat(each.join()).as("closed by the server").isTrue());
            } finally {
                Stream.of(trickling, stalled).flatMap(List::stream).forEach(RawConnection::close);
            }
        }
    }

    @Test
    void uploads_trickled_in_are_read_by_at_most_four_threads_the_others_refused_as_busy_and_the_read_ones_as_too_slow() {
        try (TestSite site = TestSite.fresh(TestDatabase.SQLITE, SHORT)) {
            String story = site.stories().story("River port expands " + Stories.unique()).bylined().save().path();
            assertThat(rendered(site, story).statusCode()).isEqualTo(200);
            // A member's uploads: a stranger's is sent to sign in before any of it is read.
            String session = site.signedIn(Role.AUTHOR).sessionCookie();
            String upload = "POST /newsroom/media/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + session + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 5 * 1024 * 1024 + "\r\n\r\n-";
            List<RawConnection> all = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                all.add(open(site, upload));
            }
            try (Trickle trickle = new Trickle(all)) {
                List<CompletableFuture<Integer>> answers = all.stream().map(SlowClientsTest::answerOf).toList();

                HttpResponse<String> reader = readerWithin(Duration.ofSeconds(2), () -> rendered(site, story));

                assertThat(reader.statusCode()).isEqualTo(200);
                List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
                // Each of four threads reads one upload, which it refuses within a second or two as too slow; only an
                // upload that arrives once one of them is free is read in turn.
                assertThat(statuses).containsOnly(408, 503).contains(503);
            } finally {
                all.forEach(RawConnection::close);
            }
        }
    }

    @Test
    void a_form_sent_in_a_burst_and_then_trickled_is_refused_once_a_stretch_brings_too_little() {
        try (TestSite site = TestSite.fresh(TestDatabase.SQLITE, SHORT)) {
            var story = site.stories().story("Night buses return " + Stories.unique()).bylined().save();
            // A burst worth a minute of the minimum rate, then a byte a second: the average since the first byte would
            // stay above the minimum for a minute, while every stretch after the burst brings a byte or two.
            RawConnection burst = open(site, "POST /comments/" + story.id() + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200000\r\n\r\ncomment=" + "a".repeat(60_000));
            try (Trickle trickle = new Trickle(List.of(burst))) {
                CompletableFuture<Integer> answer = answerOf(burst).orTimeout(CLOSED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);

                assertThat(answer.join()).isEqualTo(408);
            } finally {
                burst.close();
            }
        }
    }

    @Test
    void a_strangers_upload_is_sent_to_sign_in_before_any_of_it_is_read() {
        try (TestSite site = TestSite.fresh(TestDatabase.SQLITE, SHORT)) {
            String token = "s".repeat(43);
            // Its first part is a form token that matches its own cookie, as anyone can send; the file never comes.
            RawConnection upload = open(site, "POST /newsroom/media/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: vistka_form=" + token
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 5 * 1024 * 1024 + "\r\n\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
            try {
                CompletableFuture<Integer> answer = answerOf(upload).orTimeout(CLOSED_WITHIN.toMillis(), TimeUnit.MILLISECONDS);

                assertThat(answer.join()).isEqualTo(303);
            } finally {
                upload.close();
            }
        }
    }

    /** The page rendered for this reader (a cookie keeps the page cache out of it): once before, as a warm-up. */
    private static HttpResponse<String> rendered(TestSite site, String path) {
        return site.get(path, "Cookie", "reader=1");
    }

    private static RawConnection open(TestSite site, String start) {
        RawConnection connection = new RawConnection(site.vistka().port());
        connection.send(start);
        return connection;
    }

    private static CompletableFuture<Integer> answerOf(RawConnection connection) {
        return CompletableFuture.supplyAsync(() -> connection.answer().status(), runnable -> Thread.ofVirtual().start(runnable));
    }

    private static CompletableFuture<Boolean> closedByServer(RawConnection connection) {
        return CompletableFuture.supplyAsync(() -> connection.closedByServerWithin(CLOSED_WITHIN),
                runnable -> Thread.ofVirtual().start(runnable));
    }

    /** A reader's page, fetched while the slow clients are at it, which must come within {@code limit}. */
    private static HttpResponse<String> readerWithin(Duration limit, java.util.function.Supplier<HttpResponse<String>> page) {
        return CompletableFuture.supplyAsync(page).orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /** Sends one more byte a second on each connection, for as long as the test needs: the pace of the slow client. */
    private static final class Trickle implements AutoCloseable {
        private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("trickle").factory());

        Trickle(List<RawConnection> connections) {
            Consumer<RawConnection> oneByte = connection -> connection.send("a");
            pace.scheduleAtFixedRate(() -> connections.forEach(oneByte), 0, 1, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            pace.shutdownNow();
        }
    }
}
