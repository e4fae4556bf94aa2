package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a client's copy is current, by RFC 9110's rules: If-None-Match first, If-Modified-Since only without it. */
class ConditionalGetTest {
    private static final String TAG = "\"abc\"";
    private static final Instant CHANGED = Instant.parse("2026-11-20T10:00:00.750Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "\"abc\"|none|true",
            "W/\"abc\"|none|true",
            "\"x\", \"abc\"|none|true",
            "*|none|true",
            "\"abcd\"|none|false",
            "abc|none|false",
            "\"x\"|Fri, 20 Nov 2026 10:00:00 GMT|false",
            "none|Fri, 20 Nov 2026 10:00:00 GMT|true",
            "none|Sat, 21 Nov 2026 00:00:00 GMT|true",
            "none|Fri, 20 Nov 2026 09:59:59 GMT|false",
            "none|yesterday|false",
            "none|Fri, 20 Nov 2026 10:00:00 GMT<script>|false",
            "none|none|false"})
    void a_client_copy_is_current_only_when_its_tag_or_date_says_so(String ifNoneMatch, String ifModifiedSince, boolean current) {
        assertThat(ConditionalGet.notModified(ifNoneMatch, ifModifiedSince, TAG, CHANGED)).isEqualTo(current);
    }

    @Test
    void without_a_change_time_only_the_tag_decides() {
        assertThat(ConditionalGet.notModified(null, "Fri, 20 Nov 2026 10:00:00 GMT", TAG, null)).isFalse();
        assertThat(ConditionalGet.notModified(TAG, null, TAG, null)).isTrue();
    }

    @Test
    void the_tag_is_a_strong_hash_of_the_bytes() {
        String one = "a feed";
        String other = "another feed";
        assertThat(ConditionalGet.etag(one.getBytes())).isEqualTo(ConditionalGet.etag(one.getBytes())).isNotEqualTo(ConditionalGet.etag(other.getBytes()))
                .matches("\"[A-Za-z0-9_-]{24}\"");
    }
}
