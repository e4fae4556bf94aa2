package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vistka.testing.Stories;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * A gigabyte sent to any form, declared or sent in chunks without a length, is refused with a page saying why as
 * soon as it passes its limit: the server neither reads it nor holds it, and closes the connection on the rest.
 */
class BodyLimitsTest {
    private static final long GIGABYTE = 1L << 30;
    private static final long MEGABYTE = 1L << 20;
    private static final String BOUNDARY = "vistka-test-boundary";
    private static final TestSite site = TestSite.shared(TestDatabase.SQLITE);

    @Test
    void a_gigabyte_declared_to_any_form_is_refused_with_413_at_once_and_never_read() {
        long heapBefore = heapUsedAfterGc();
        for (String path : formPaths()) {
            warmUp(path);
            try (RawConnection connection = new RawConnection(site.vistka().port())) {
                long start = System.nanoTime();
                connection.send(head(path) + "Content-Length: " + GIGABYTE + "\r\n\r\n");
                connection.sendBody(bodyStart(path), GIGABYTE, false);

                RawConnection.Answer answer = connection.answer();

                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertRefusedAsTooLarge(path, answer);
                assertThat(took).as(path).isLessThan(Duration.ofSeconds(1));
                // What loopback's buffers take in while the answer is written; a server reading on would take it all.
                assertThat(connection.sent()).as("bytes sent to " + path + " before the answer").isLessThan(64 * MEGABYTE);
                assertThat(connection.closedByServerWithin(Duration.ofSeconds(5))).as(path).isTrue();
            }
        }
        assertThat(heapUsedAfterGc() - heapBefore).as("heap growth").isLessThan(32 * MEGABYTE);
    }

    @Test
    void a_body_without_a_length_that_never_ends_is_refused_with_413_once_it_passes_its_limit_and_two_megabytes_at_most() {
        long heapBefore = heapUsedAfterGc();
        for (String path : formPaths()) {
            warmUp(path);
            try (RawConnection connection = new RawConnection(site.vistka().port())) {
                long start = System.nanoTime();
                connection.send(head(path) + "Transfer-Encoding: chunked\r\n\r\n");
                connection.sendBody(bodyStart(path), GIGABYTE, true);

                RawConnection.Answer answer = connection.answer();

                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(answer.status()).as(path).isEqualTo(413);
                assertThat(answer.headers().get("connection")).as(path).isEqualToIgnoringCase("close");
                assertThat(answer.body()).as(path).contains("<html", "What you sent is larger than this address takes");
                assertThat(took).as(path).isLessThan(Duration.ofSeconds(1));
                // A body without a length is read up to 2 MB at most, whatever its address, the upload's included.
                assertThat(connection.sent()).as("bytes sent to " + path + " before the answer").isLessThan(64 * MEGABYTE);
                assertThat(connection.closedByServerWithin(Duration.ofSeconds(5))).as(path).isTrue();
            }
        }
        assertThat(heapUsedAfterGc() - heapBefore).as("heap growth").isLessThan(32 * MEGABYTE);
    }

    @Test
    void a_form_a_little_over_its_limit_is_refused_whole_even_when_its_length_is_honest() {
        // 200,000 Cyrillic letters are 1.2 MB percent-encoded: a story may be that long, a comment may not.
        String comment = "comment=" + URLEncoder.encode("я".repeat(200_000), StandardCharsets.UTF_8) + "&author=Oksana";
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            byte[] body = comment.getBytes(StandardCharsets.US_ASCII);
            connection.send(head(commentPath()) + "Content-Length: " + body.length + "\r\n\r\n");
            connection.send(body);

            assertRefusedAsTooLarge(commentPath(), connection.answer());
        }
    }

    @Test
    void bodies_being_received_together_are_held_to_64_megabytes_and_one_more_is_refused_as_busy() {
        String story = "/newsroom/stories/new/";
        List<RawConnection> senders = new ArrayList<>();
        try {
            // Each sends all but the last byte of a story's largest form and waits: 33 of them would hold 66 MB.
            for (int i = 0; i < 33; i++) {
                RawConnection sender = new RawConnection(site.vistka().port());
                sender.send(head(story) + "Content-Length: " + 2 * MEGABYTE + "\r\n\r\n");
                sender.send("body=" + "a".repeat((int) (2 * MEGABYTE) - 6));
                senders.add(sender);
            }
            List<CompletableFuture<RawConnection.Answer>> answers = senders.stream().map(sender -> CompletableFuture.supplyAsync(
                    () -> sender.answerWithin(Duration.ofSeconds(3)), runnable -> Thread.ofVirtual().start(runnable))).toList();
            List<Integer> answered = answers.stream().map(CompletableFuture::join).filter(Objects::nonNull)
                    .map(RawConnection.Answer::status).toList();

            assertThat(answered).isNotEmpty().containsOnly(503);
        } finally {
            senders.forEach(RawConnection::close);
        }
        // What the closed connections held is let go: a form is taken again.
        await("a form to be taken once the senders are gone").atMost(Duration.ofSeconds(10)).until(() -> {
            try (RawConnection form = new RawConnection(site.vistka().port())) {
                form.send(head(story) + "Content-Length: 1\r\nConnection: close\r\n\r\na");
                return form.answer().status() != 503;
            }
        });
    }

    private static void assertRefusedAsTooLarge(String path, RawConnection.Answer answer) {
        assertThat(answer.status()).as(path).isEqualTo(413);
        assertThat(answer.headers().get("connection")).as(path).isEqualToIgnoringCase("close");
        assertThat(answer.headers().get("content-type")).as(path).startsWith("text/html");
        assertThat(answer.body()).as(path).contains("<html", path.equals("/newsroom/media/")
                ? "This file is larger than the upload limit of 20 MB, so it was not read."
                : "What you sent is larger than this address takes, so it was not read.");
    }

    /** A POST route of each kind: comments (handled at background priority), the newsroom's forms, the upload, none. */
    private static List<String> formPaths() {
        return List.of(commentPath(), "/newsroom/sign-in/", "/newsroom/setup/", "/newsroom/stories/new/", "/newsroom/settings/",
                "/newsroom/media/", "/no-such-form/");
    }

    private static String commentPath() {
        return "/comments/" + site.stories().story("Ferry timetable changes " + Stories.unique()).bylined().save().id() + "/";
    }

    private static String head(String path) {
        String type = path.equals("/newsroom/media/") ? "multipart/form-data; boundary=" + BOUNDARY : "application/x-www-form-urlencoded";
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\n";
    }

    /** The start of a body of the route's kind, before the endless bytes: a text field, or a file part of an upload. */
    private static String bodyStart(String path) {
        return path.equals("/newsroom/media/")
                ? "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
                        + "Content-Type: image/jpeg\r\n\r\n"
                : "comment=";
    }

    /** A small form to the same address first, so what is timed is the refusal, not a first render's warming up. */
    private static void warmUp(String path) {
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            connection.send(head(path) + "Content-Length: 1\r\nConnection: close\r\n\r\na");
            assertThat(connection.answer().status()).as(path).isBetween(200, 499);
        }
    }

    private static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
