package org.vistka.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vistka.feed.RssRules.Rule;
import org.vistka.feed.RssRules.Violation;

/** The RSS 2.0 rules pass good channels and name the one rule each broken channel breaks. */
class RssRulesTest {
    private static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>River Gazette</title>
            <link>https://river.example/</link>
            <description>News from the river</description>
            <language>uk-UA</language>
            <managingEditor>desk@river.example (The desk)</managingEditor>
            <pubDate>Thu, 19 Nov 2026 11:30:00 +0200</pubDate>
            <lastBuildDate>Thu, 19 Nov 2026 11:30:00 +0200</lastBuildDate>
            <ttl>60</ttl>
            <image><url>https://river.example/logo.png</url><title>Logo</title><link>https://river.example/</link><width>144</width></image>
            <atom:link rel="self" type="application/rss+xml" href="https://river.example/feed/"/>
            <item>
            <title>Ferry returns</title>
            <link>https://river.example/ferry/</link>
            <description>&lt;p&gt;The ferry runs again.&lt;/p&gt;</description>
            <author>desk@river.example</author>
            <category domain="https://river.example/section/news/">News</category>
            <comments>https://river.example/ferry/#comments</comments>
            <enclosure url="https://river.example/media/ferry.jpg" length="12345" type="image/jpeg"/>
            <guid isPermaLink="false">urn:river:7</guid>
            <pubDate>Thu, 19 Nov 2026 11:30:00 +0200</pubDate>
            <source url="https://other.example/feed/">Other paper</source>
            <dc:creator>Iryna Koval</dc:creator>
            </item>
            <item><description>Only a description.</description><guid>https://river.example/?p=8</guid></item>
            </channel>
            </rss>
            """;

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 19 Nov 2026 11:30:00 +0200", "19 Nov 2026 11:30 GMT", "Thu, 19 Nov 26 04:30:00 EST", "1 Jan 1970 00:00:00 UT",
            "Sat, 29 Feb 2020 12:00:00 -0800"})
    void a_good_channel_keeps_every_rule(String date) {
        assertThat(RssRules.check(GOOD.replace("<lastBuildDate>Thu, 19 Nov 2026 11:30:00 +0200", "<lastBuildDate>" + date))).isEmpty();
        assertThat(RssRules.check("<rss version=\"2.0\"><channel><title>T</title><link>http://a.example/</link><description/></channel></rss>"))
                .isEmpty();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("RSS 0.91", GOOD.replace("version=\"2.0\"", "version=\"0.91\""), Rule.ROOT),
                Arguments.of("RSS in a namespace of its own", GOOD.replace("<rss ", "<rss xmlns=\"http://backend.userland.com/rss2\" "), Rule.ROOT),
                Arguments.of("a channel without description", GOOD.replace("<description>News from the river</description>", ""),
                        Rule.CHANNEL_ESSENTIALS),
                Arguments.of("a channel with an empty title", GOOD.replace("<title>River Gazette</title>", "<title> </title>"),
                        Rule.CHANNEL_ESSENTIALS),
                Arguments.of("an item with neither title nor description", GOOD.replace("<description>Only a description.</description>", ""),
                        Rule.ITEM_ESSENTIALS),
                Arguments.of("an Atom element without its namespace", GOOD.replace("<ttl>", "<subtitle>Rivers</subtitle><ttl>"),
                        Rule.KNOWN_ELEMENT),
                Arguments.of("an item's element in the channel", GOOD.replace("<ttl>", "<guid>https://river.example/</guid><ttl>"),
                        Rule.KNOWN_ELEMENT),
                Arguments.of("a script in an item", GOOD.replace("<author>", "<script>alert(1)</script><author>"), Rule.KNOWN_ELEMENT),
                Arguments.of("two links in an item", GOOD.replace("<author>", "<link>https://river.example/b/</link><author>"), Rule.ONCE),
                Arguments.of("an Atom date", GOOD.replace("<lastBuildDate>Thu, 19 Nov 2026 11:30:00 +0200", "<lastBuildDate>2026-11-19T11:30:00+02:00"),
                        Rule.DATE),
                Arguments.of("the wrong weekday", GOOD.replace("<lastBuildDate>Thu,", "<lastBuildDate>Fri,"), Rule.DATE),
                Arguments.of("a day February lacks", GOOD.replace("<lastBuildDate>Thu, 19 Nov", "<lastBuildDate>30 Feb"), Rule.DATE),
                Arguments.of("a zone with a colon", GOOD.replace("11:30:00 +0200</lastBuildDate>", "11:30:00 +02:00</lastBuildDate>"), Rule.DATE),
                Arguments.of("a relative item link", GOOD.replace("<link>https://river.example/ferry/</link>", "<link>/ferry/</link>"), Rule.URL),
                Arguments.of("a script address", GOOD.replace("<link>https://river.example/</link>\n<description>",
                        "<link>javascript:alert(1)</link>\n<description>"), Rule.URL),
                Arguments.of("a guid that is neither true nor false a permalink", GOOD.replace("isPermaLink=\"false\"", "isPermaLink=\"no\""),
                        Rule.GUID),
                Arguments.of("a permalink guid that is no address", GOOD.replace("<guid>https://river.example/?p=8</guid>", "<guid>p-8</guid>"),
                        Rule.GUID),
                Arguments.of("an enclosure without length", GOOD.replace(" length=\"12345\"", ""), Rule.ENCLOSURE),
                Arguments.of("an enclosure type without a subtype", GOOD.replace("type=\"image/jpeg\"", "type=\"jpeg\""), Rule.ENCLOSURE),
                Arguments.of("an enclosure at a relative address", GOOD.replace("url=\"https://river.example/media/", "url=\"/media/"),
                        Rule.ENCLOSURE),
                Arguments.of("an empty category", GOOD.replace(">News</category>", "></category>"), Rule.CATEGORY),
                Arguments.of("an empty category domain", GOOD.replace("domain=\"https://river.example/section/news/\"", "domain=\"\""),
                        Rule.CATEGORY),
                Arguments.of("a locale for a language", GOOD.replace("uk-UA", "uk_UA"), Rule.LANGUAGE),
                Arguments.of("an author named without an address", GOOD.replace("<author>desk@river.example</author>", "<author>Iryna Koval</author>"),
                        Rule.EMAIL),
                Arguments.of("a ttl in words", GOOD.replace("<ttl>60</ttl>", "<ttl>an hour</ttl>"), Rule.TTL),
                Arguments.of("an image too wide", GOOD.replace("<width>144</width>", "<width>145</width>"), Rule.IMAGE),
                Arguments.of("an image without link", GOOD.replace("<link>https://river.example/</link><width>", "<width>"), Rule.IMAGE),
                Arguments.of("a source without url", GOOD.replace(" url=\"https://other.example/feed/\"", ""), Rule.SOURCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_broken_channel_breaks_the_rule_it_is_named_for(String broken, String document, Rule rule) {
        assertThat(document).as("the case changes the good channel").isNotEqualTo(GOOD);
        assertThat(RssRules.check(document)).as(broken).extracting(Violation::rule).containsOnly(rule);
    }
}
