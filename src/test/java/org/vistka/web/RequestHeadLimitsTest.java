package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vistka.account.Role;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;

/**
 * What Jetty refuses before any handler runs, or while it parses a form, is refused cleanly: the status that says
 * why, never a 500, and the connection closed where the rest of the request cannot be trusted.
 */
class RequestHeadLimitsTest {
    private static final TestSite site = TestSite.shared(TestDatabase.SQLITE);

    @Test
    void headers_over_eight_kilobytes_are_answered_431_and_the_connection_closed() {
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: reader=" + "a".repeat(9 * 1024) + "\r\n\r\n");

            RawConnection.Answer answer = connection.answer();

            assertThat(answer.status()).isEqualTo(431);
            assertThat(answer.headers().get("connection")).isEqualToIgnoringCase("close");
            assertCarriesTheSecurityHeaders(answer);
            assertThat(connection.closedByServerWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void an_address_over_eight_kilobytes_is_answered_414() {
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            connection.send("GET /search/?q=" + "kyiv+".repeat(2000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

            RawConnection.Answer answer = connection.answer();

            assertThat(answer.status()).isEqualTo(414);
            assertCarriesTheSecurityHeaders(answer);
            assertThat(connection.closedByServerWithin(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(site.get("/search/?q=" + "kyiv+".repeat(300)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_request_head_jetty_cannot_parse_is_answered_400_with_the_security_headers() {
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: <script>\r\n\r\n");

            RawConnection.Answer answer = connection.answer();

            assertThat(answer.status()).isEqualTo(400);
            assertCarriesTheSecurityHeaders(answer);
            assertThat(answer.body()).doesNotContain("<script>", "at org.eclipse");
        }
    }

    @Test
    void a_multipart_form_of_a_hundred_parts_is_refused_as_unreadable_not_as_a_failure() {
        String boundary = "many-parts";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"field").append(i)
                    .append("\"\r\n\r\nvalue\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        // A member's upload: a stranger's is sent to sign in before any of it is read.
        String session = site.signedIn(Role.AUTHOR).sessionCookie();
        try (RawConnection connection = new RawConnection(site.vistka().port())) {
            connection.send("POST /newsroom/media/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + session
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body);

            RawConnection.Answer answer = connection.answer();

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.headers().get("content-type")).startsWith("text/html");
            assertThat(answer.body()).contains("This request could not be read.");
        }
    }

    /** Jetty writes these answers itself, before any handler of ours: they must still be as locked down as a page. */
    private static void assertCarriesTheSecurityHeaders(RawConnection.Answer answer) {
        assertThat(answer.headers().get("content-security-policy")).startsWith("default-src 'none'");
        assertThat(answer.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.headers().get("x-frame-options")).isEqualTo("DENY");
    }
}
