package org.vistka.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vistka.testing.TestDatabase;
import org.vistka.testing.TestSite;
import org.vistka.web.KyivTime;

/** Kyiv time across the daylight-saving changes of 2026 (last Sundays of March and October). */
class KyivTimeTest {
    private final TestSite site = TestSite.shared(TestDatabase.SQLITE);

    @AfterEach
    void resetClock() {
        site.clock().reset();
    }

    @ParameterizedTest(name = "{0} is {1} in Kyiv ({2})")
    @CsvSource({
            "2026-03-29T00:59:00Z, 02:59, EET,  2026-03-29T02:59+02:00",
            "2026-03-29T01:00:00Z, 04:00, EEST, 2026-03-29T04:00+03:00",
            "2026-07-01T09:05:00Z, 12:05, EEST, 2026-07-01T12:05+03:00",
            "2026-10-25T00:59:00Z, 03:59, EEST, 2026-10-25T03:59+03:00",
            "2026-10-25T01:00:00Z, 03:00, EET,  2026-10-25T03:00+02:00",
            "2026-12-31T22:30:00Z, 00:30, EET,  2027-01-01T00:30+02:00"})
    void clock_and_dates_follow_kyiv_summer_and_winter_time(String utc, String clock, String zone, String machine) {
        Instant instant = Instant.parse(utc);

        KyivTime.Reading reading = new KyivTime(java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC)).now();

        assertThat(reading.text()).isEqualTo(clock + " in Kyiv (" + zone + ")");
        assertThat(reading.machine()).isEqualTo(machine);
        assertThat(KyivTime.zoneName(instant)).isEqualTo(zone);
    }

    @ParameterizedTest(name = "page served at {0} shows {1}")
    @CsvSource({
            "2026-03-29T00:59:00Z, 02:59 in Kyiv (EET),  2026-03-29T02:59+02:00",
            "2026-03-29T01:00:00Z, 04:00 in Kyiv (EEST), 2026-03-29T04:00+03:00",
            "2026-10-25T00:59:00Z, 03:59 in Kyiv (EEST), 2026-10-25T03:59+03:00",
            "2026-10-25T01:00:00Z, 03:00 in Kyiv (EET),  2026-10-25T03:00+02:00"})
    void served_page_header_shows_kyiv_time_with_its_zone(String utc, String text, String machine) {
        site.clock().set(Instant.parse(utc));

        var header = site.page("/").selectFirst("header .clock");

        assertThat(header.text()).isEqualTo(text);
        assertThat(header.selectFirst("time").attr("datetime")).isEqualTo(machine);
    }

    @ParameterizedTest(name = "a story published at {0} is dated {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-24T21:30:00Z | 25 October 2026, 00:30 | 2026-10-25T00:30+03:00 | /2026/10/25/",
            "2026-10-25T22:30:00Z | 26 October 2026, 00:30 | 2026-10-26T00:30+02:00 | /2026/10/26/",
            "2026-03-28T22:30:00Z | 29 March 2026, 00:30   | 2026-03-29T00:30+02:00 | /2026/03/29/"})
    void article_dates_and_permalinks_are_in_kyiv_time(String utc, String shown, String machine, String datePath) {
        var story = site.stories().story("Night session of the council").publishedAt(Instant.parse(utc)).save();

        var time = site.page(story.path()).selectFirst(".byline time");

        assertThat(story.path()).startsWith(datePath);
        assertThat(time.text()).isEqualTo(shown);
        assertThat(time.attr("datetime")).isEqualTo(machine);
    }
}
