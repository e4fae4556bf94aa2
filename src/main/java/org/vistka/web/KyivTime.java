package org.vistka.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every time the site shows is Kyiv time: the header clock ("14:05 in Kyiv (EET)") and each date, in words for
 * people and as an ISO value with its offset for machines. Summer time (EEST, +03:00) and winter time (EET,
 * +02:00) follow the zone rules of the JDK, so the last Sundays of March and October need no special case.
 * Thread-safe.
 */
public final class KyivTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final Clock clock;

    public KyivTime(Clock clock) {
        this.clock = clock;
    }

    /** The header clock as of now. */
    public Reading now() {
        Instant instant = clock.instant();
        return new Reading(CLOCK.format(at(instant)), zoneName(instant), machine(instant));
    }

    /** "EET" in winter, "EEST" in summer. */
    public static String zoneName(Instant instant) {
        return ZONE.getRules().isDaylightSavings(instant) ? "EEST" : "EET";
    }

    /** The value of a {@code <time datetime>} attribute, e.g. {@code 2026-11-24T13:40+02:00}. */
    public static String machine(Instant instant) {
        return MACHINE.format(at(instant));
    }

    /** "24 November 2026, 13:40". */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(at(instant));
    }

    /** "24 November 2026". */
    public static String date(Instant instant) {
        return DATE.format(at(instant));
    }

    /** "24 Nov, 15:10", for notes within a page that already gives the year. */
    public static String shortDateTime(Instant instant) {
        return SHORT.format(at(instant));
    }

    /** A time of day in Kyiv, "14:02". */
    public static String clock(Instant instant) {
        return CLOCK.format(at(instant));
    }

    private static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** What the header clock shows: "14:05", "EET", and the machine-readable value. */
    public record Reading(String time, String zone, String machine) {
        public String text() {
            return time + " in Kyiv (" + zone + ")";
        }
    }
}
