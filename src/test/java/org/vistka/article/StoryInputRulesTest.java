package org.vistka.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the editor form must hold, field by field: each row a form as typed and the exact problems shown beside it. */
class StoryInputRulesTest {
    /** 12:00 in Kyiv (EET). */
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String HEADLINE = "Keep the headline under 200 characters (it has ";
    private static final String WRITE = "body: Write the story before publishing it.";
    private static final String BYLINE = "authorIds: Choose at least one byline before publishing.";
    private static final String STATUS = "status: Choose a status.";
    private static final String TAGS = "tags: Keep each tag under 60 characters; separate tags with commas.";
    private static final String SLUG = "slug: Use lowercase letters, digits and single hyphens only, like council-restores-ferry.";
    private static final String TIME_FORMAT = "publishAt: Give the time as a date and time in Kyiv, like 2026-11-25T14:05.";
    private static final String NO_TIME = "publishAt: Choose when the story should be published.";
    private static final String PAST = "publishAt: That time has passed: choose a time in the future, or choose Published to publish now.";
    private static final String SOURCE = "newSourceUrl: Give the new source's home page as an address starting with https:// or http://.";
    private static final String ALT = "imageAlt: Describe the image for readers who cannot see it.";
    private static final String KIND = "mediaKind: Choose text, video or photo.";

    static Stream<Arguments> forms() {
        return Stream.of(
                row("a plain draft", form()),
                row("a published story with text and byline", form("status", "published")),
                row("no headline", form("title", ""), "title: Give the story a headline."),
                row("a headline of spaces", form("title", "   "), "title: Give the story a headline."),
                row("a headline at the limit", form("title", "x".repeat(200))),
                row("a headline one too long", form("title", "x".repeat(201)), "title: " + HEADLINE + "201)."),
                row("a headline about a script tag", form("title", "Why <script>alert(1)</script> still works")),
                row("a headline with a right-to-left override", form("title", "Ferry \u202Eyrref")),
                row("a standfirst at the limit", form("standfirst", "s".repeat(500))),
                row("a standfirst one too long", form("standfirst", "s".repeat(501)),
                        "standfirst: Keep the standfirst under 500 characters (it has 501)."),
                row("a text at the limit", form("body", "b".repeat(200_000))),
                row("a text one too long", form("body", "b".repeat(200_001)),
                        "body: The text is longer than 200000 characters; split it into several stories."),
                row("a text one too long to publish", form("body", "b".repeat(200_001), "status", "published"),
                        "body: The text is longer than 200000 characters; split it into several stories."),
                row("a draft without text", form("body", "")),
                row("publishing without text", form("body", "", "status", "published"), WRITE),
                row("publishing a text of blank lines and tabs", form("body", " \n\t\n ", "status", "published"), WRITE),
                row("scheduling without text", form("body", "", "status", "scheduled", "publishAt", "2026-11-26T09:00"), WRITE),
                row("no status", form("status", ""), STATUS),
                row("a status that does not exist", form("status", "archived"), STATUS),
                row("a status with a right-to-left override", form("status", "published\u202E"), STATUS),
                row("a status of script", form("status", "<script>"), STATUS),
                row("a draft without byline", form("authorIds", "")),
                row("publishing without byline", form("authorIds", "", "status", "published"), BYLINE),
                row("a tag at the limit among others", form("tags", "bridges, " + "t".repeat(60) + " ,Kyiv")),
                row("a tag one too long", form("tags", "bridges, " + "t".repeat(61)), TAGS),
                row("tags run together without commas", form("tags", "bridges ".repeat(10)), TAGS),
                row("empty tags between commas", form("tags", ",, ,")),
                row("an address of its own", form("slug", "council-restores-ferry")),
                row("an address at the limit", form("slug", "a".repeat(80))),
                row("an address one too long", form("slug", "a".repeat(81)), SLUG),
                row("an address in capitals", form("slug", "Council-Restores-Ferry"), SLUG),
                row("an address with a double hyphen", form("slug", "council--ferry"), SLUG),
                row("an address ending in a hyphen", form("slug", "council-"), SLUG),
                row("an address in Cyrillic", form("slug", "київрада"), SLUG),
                row("an address with a path", form("slug", "../admin"), SLUG),
                row("an address of script", form("slug", "javascript:alert(1)"), SLUG),
                row("a time that is not one", form("publishAt", "tomorrow"), TIME_FORMAT),
                row("a time with a space for the T", form("publishAt", "2026-11-26 09:00"), TIME_FORMAT),
                row("the 30th of February", form("publishAt", "2027-02-30T09:00"), TIME_FORMAT),
                row("a time with a right-to-left override", form("publishAt", "2026-11-26T09:00\u202E"), TIME_FORMAT),
                row("a malformed time on a scheduled story", form("status", "scheduled", "publishAt", "soon"), TIME_FORMAT),
                row("scheduling without a time", form("status", "scheduled"), NO_TIME),
                row("scheduling for a minute from now", form("status", "scheduled", "publishAt", "2026-11-25T12:01")),
                row("scheduling for this very minute", form("status", "scheduled", "publishAt", "2026-11-25T12:00"), PAST),
                row("scheduling for the past", form("status", "scheduled", "publishAt", "2020-01-01T10:00"), PAST),
                row("publishing with a past time", form("status", "published", "publishAt", "2020-01-01T10:00")),
                row("a new source with its home page", form("newSourceName", "Ukrinform", "newSourceUrl", "https://www.ukrinform.net/")),
                row("a new source with a very long home page",
                        form("newSourceName", "Ukrinform", "newSourceUrl", "https://www.ukrinform.net/" + "a/".repeat(5_000))),
                row("a new source without home page", form("newSourceName", "Ukrinform"), SOURCE),
                row("a new source with a script address", form("newSourceName", "Ukrinform", "newSourceUrl", "javascript:alert(1)"), SOURCE),
                row("a new source with a data address",
                        form("newSourceName", "Ukrinform", "newSourceUrl", "data:text/html,<script>alert(1)</script>"), SOURCE),
                row("a new source with an address without scheme", form("newSourceName", "Ukrinform", "newSourceUrl", "//ukrinform.net"), SOURCE),
                row("a new source with a space in its address",
                        form("newSourceName", "Ukrinform", "newSourceUrl", "https://ukr inform.net"), SOURCE),
                row("a new source with only a scheme", form("newSourceName", "Ukrinform", "newSourceUrl", "https://"), SOURCE),
                row("a home page without a new source", form("newSourceUrl", "javascript:alert(1)")),
                row("an image with alt text", form("imageId", "12", "imageAlt", "The ferry at Podil")),
                row("an image without alt text", form("imageId", "12"), ALT),
                row("a video story", form("mediaKind", "video")),
                row("a photo story", form("mediaKind", "photo")),
                row("no kind", form("mediaKind", ""), KIND),
                row("a kind that does not exist", form("mediaKind", "audio"), KIND),
                row("a kind in capitals", form("mediaKind", "VIDEO"), KIND),
                row("everything wrong at once, in the form's order",
                        form("title", "", "standfirst", "s".repeat(501), "body", "", "status", "scheduled", "authorIds", "",
                                "tags", "t".repeat(61), "slug", "Bad Slug", "publishAt", "2020-01-01T10:00",
                                "newSourceName", "Ukrinform", "imageId", "12", "mediaKind", "audio"),
                        "title: Give the story a headline.", "standfirst: Keep the standfirst under 500 characters (it has 501).",
                        WRITE, BYLINE, TAGS, SLUG, PAST, SOURCE, ALT, KIND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void each_form_gets_exactly_its_problems(String description, StoryInput in, List<String> expected) {
        List<String> problems = StoryInputRules.problems(in, NOW).stream().map(p -> p.field() + ": " + p.message()).toList();

        assertThat(problems).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "bridges, Kyiv, новий тег     | bridges; Kyiv; новий тег",
            "Kyiv, kyiv, KYIV, Lviv       | Kyiv; Lviv",
            "` , ,, bridges ,`            | bridges",
            "``                           | ``",
            "<b>bold</b>, a\u202Eb        | <b>bold</b>; a\u202Eb"})
    void tags_are_split_at_commas_without_blanks_or_repeats_in_another_case(String typed, String names) {
        assertThat(StoryInputRules.tagNames(form("tags", typed)))
                .containsExactlyElementsOf(names.isEmpty() ? List.of() : List.of(names.split("; ")));
    }

    @Test
    void a_story_keeps_its_first_twenty_tags() {
        String typed = String.join(",", IntStream.range(0, 25).mapToObj(i -> "tag" + i).toList());

        assertThat(StoryInputRules.tagNames(form("tags", typed)))
                .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "tag" + i).toList());
    }

    @ParameterizedTest(name = "{0} in Kyiv → {1}")
    @CsvSource({
            "2026-11-25T12:00, 2026-11-25T10:00:00Z",
            "2026-07-01T12:00, 2026-07-01T09:00:00Z",
            "2026-03-29T04:00, 2026-03-29T01:00:00Z"})
    void a_typed_time_is_kyiv_time_in_winter_and_summer(String typed, Instant instant) {
        assertThat(StoryInputRules.publishAt(form("publishAt", typed))).isEqualTo(instant);
    }

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(nullValues = "none", value = {"draft, DRAFT", "published, PUBLISHED", "unpublished, UNPUBLISHED",
            "'', none", "archived, none"})
    void the_status_is_the_one_named_or_none(String typed, ArticleStatus status) {
        assertThat(StoryInputRules.status(form("status", typed))).isEqualTo(status);
    }

    private static Arguments row(String description, StoryInput in, String... problems) {
        return Arguments.of(description, in, List.of(problems));
    }

    /** A valid draft, with the named fields typed otherwise: name, value, name, value… */
    private static StoryInput form(String... typed) {
        Map<String, String> f = new HashMap<>(Map.of("title", "Ferry returns to Podil", "body", "The ferry runs again.",
                "authorIds", "7", "mediaKind", "text", "status", "draft"));
        for (int i = 0; i < typed.length; i += 2) {
            f.put(typed[i], typed[i + 1]);
        }
        String authorId = f.getOrDefault("authorIds", "");
        return new StoryInput(f.get("title"), v(f, "standfirst"), f.get("body"), "1", v(f, "tags"),
                authorId.isEmpty() ? List.of() : List.of(authorId), List.of(), v(f, "newSourceName"), v(f, "newSourceUrl"),
                f.get("mediaKind"), f.get("status"), v(f, "publishAt"), v(f, "slug"), v(f, "imageId"), v(f, "imageAlt"),
                "", "", true, "0");
    }

    private static String v(Map<String, String> fields, String name) {
        return fields.getOrDefault(name, "");
    }
}
