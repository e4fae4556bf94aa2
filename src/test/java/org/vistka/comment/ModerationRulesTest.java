package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What happens to a new comment: each row the comment, the newsroom's settings, what the server knows, the spam score
 * and the links, with the exact status and the reasons a moderator reads.
 */
class ModerationRulesTest {
    private static final CommentInput PLAIN = comment("The ferry should run all winter.");
    /** Holds nothing by default, so that each row switches on only the rule it shows. */
    private static final CommentSettings LENIENT = settings(false, false, 0, List.of(), List.of());
    private static final ModerationRules.Facts KNOWN_READER = new ModerationRules.Facts(false, true, false, "198.51.100.7");
    private static final SpamScore.Score CLEAN = new SpamScore.Score(0, List.of());
    private static final String MACHINE = "The hidden field that people leave empty was filled in: a machine sent it.";

    static Stream<Arguments> comments() {
        return Stream.of(
                row("a plain comment", PLAIN, LENIENT, KNOWN_READER, CLEAN, 0, CommentStatus.APPROVED, 0),
                row("the hidden field filled in", PLAIN, LENIENT, facts(true, true, false), CLEAN, 0, CommentStatus.SPAM, 0, MACHINE),
                row("the hidden field filled in, with a disallowed word and a high score", comment("casino"),
                        settings(false, false, 0, List.of(), List.of("casino")), facts(true, true, false), score(12, "3 links"), 3,
                        CommentStatus.SPAM, 12, MACHINE),
                row("a disallowed word in another case", comment("Best CASINO bonus"), settings(false, false, 0, List.of(), List.of("Casino")),
                        KNOWN_READER, CLEAN, 0, CommentStatus.TRASH, 0, "Contains the disallowed word “Casino”."),
                row("a disallowed word inside script", comment("<script>casino()</script>"), settings(false, false, 0, List.of(), List.of("casino")),
                        KNOWN_READER, CLEAN, 0, CommentStatus.TRASH, 0, "Contains the disallowed word “casino”."),
                row("a disallowed word at the end of a huge comment", comment("word ".repeat(13_000) + "casino"),
                        settings(false, false, 0, List.of(), List.of("casino")), KNOWN_READER, CLEAN, 0, CommentStatus.TRASH, 0,
                        "Contains the disallowed word “casino”."),
                row("a disallowed word in the website", new CommentInput("Hi", "Ann", "ann@example.org", "https://casino.example", null),
                        settings(false, false, 0, List.of(), List.of("casino")), KNOWN_READER, CLEAN, 0, CommentStatus.TRASH, 0,
                        "Contains the disallowed word “casino”."),
                row("a disallowed network address", PLAIN, settings(false, false, 0, List.of(), List.of("198.51.100.")), KNOWN_READER,
                        CLEAN, 0, CommentStatus.TRASH, 0, "Contains the disallowed word “198.51.100.”."),
                row("the first of several disallowed words found", comment("casino and pills"),
                        settings(false, false, 0, List.of(), List.of("pills", "casino")), KNOWN_READER, CLEAN, 0, CommentStatus.TRASH, 0,
                        "Contains the disallowed word “pills”."),
                row("a blank disallowed word matches nothing", PLAIN, settings(false, false, 0, List.of(), List.of("", "  ")),
                        KNOWN_READER, CLEAN, 0, CommentStatus.APPROVED, 0),
                row("a disallowed word and a spam score", comment("casino"), settings(false, false, 0, List.of(), List.of("casino")),
                        KNOWN_READER, score(10, "name is a web address"), 0, CommentStatus.TRASH, 10, "Contains the disallowed word “casino”."),
                row("a spam score at the spam line", PLAIN, LENIENT, KNOWN_READER, score(10, "4 links", "name is a web address"), 4,
                        CommentStatus.SPAM, 10, "Spam score 10 (spam from 10):", "4 links", "name is a web address"),
                row("a spam score just under the spam line", PLAIN, LENIENT, KNOWN_READER, score(9, "4 links", "mostly capital letters"), 4,
                        CommentStatus.PENDING, 9, "Spam score 9 (held from 5): 4 links; mostly capital letters."),
                row("a spam score at the hold line", PLAIN, LENIENT, KNOWN_READER, score(5, "name is a web address", "mostly capital letters"), 0,
                        CommentStatus.PENDING, 5, "Spam score 5 (held from 5): name is a web address; mostly capital letters."),
                row("a spam score just under the hold line is approved and shown", PLAIN, LENIENT, KNOWN_READER, score(4, "3 links"), 3,
                        CommentStatus.APPROVED, 4, "Spam score 4 (held from 5): 3 links."),
                row("every comment held", PLAIN, settings(true, false, 0, List.of(), List.of()), KNOWN_READER, CLEAN, 0,
                        CommentStatus.PENDING, 0, "Every comment is held for moderation (a setting)."),
                row("a moderation word in the name", new CommentInput("Hi", "Mayor's office", "", "", null),
                        settings(false, false, 0, List.of("mayor"), List.of()), KNOWN_READER, CLEAN, 0, CommentStatus.PENDING, 0,
                        "Contains the moderation word “mayor”."),
                row("links at the hold line", PLAIN, settings(false, false, 2, List.of(), List.of()), KNOWN_READER, CLEAN, 2,
                        CommentStatus.PENDING, 0, "Has 2 links (held from 2)."),
                row("links just under the hold line", PLAIN, settings(false, false, 2, List.of(), List.of()), KNOWN_READER, CLEAN, 1,
                        CommentStatus.APPROVED, 0),
                row("any number of links when links hold nothing", PLAIN, LENIENT, KNOWN_READER, CLEAN, 500, CommentStatus.APPROVED, 0),
                row("a first comment held", PLAIN, settings(false, true, 0, List.of(), List.of()), facts(false, false, false), CLEAN, 0,
                        CommentStatus.PENDING, 0, "A first comment from this email address."),
                row("a known writer's comment not held as a first", PLAIN, settings(false, true, 0, List.of(), List.of()), KNOWN_READER,
                        CLEAN, 0, CommentStatus.APPROVED, 0),
                row("slow mode", PLAIN, LENIENT, facts(false, true, true), CLEAN, 0, CommentStatus.PENDING, 0,
                        "Slow mode: the story is receiving comments faster than 10 in 30 minutes."),
                row("every hold rule at once, each reason named in order", comment("Ask the mayor"),
                        settings(true, true, 2, List.of("mayor"), List.of()), facts(false, false, true), score(6, "3 links"), 3,
                        CommentStatus.PENDING, 6, "Every comment is held for moderation (a setting).", "Contains the moderation word “mayor”.",
                        "Has 3 links (held from 2).", "Spam score 6 (held from 5): 3 links.", "A first comment from this email address.",
                        "Slow mode: the story is receiving comments faster than 10 in 30 minutes."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comments")
    void each_comment_gets_exactly_its_status_and_reasons(String description, CommentInput in, CommentSettings settings,
            ModerationRules.Facts facts, SpamScore.Score score, int links, ModerationRules.Decision expected) {
        assertThat(ModerationRules.decide(in, settings, facts, score, links)).isEqualTo(expected);
    }

    private static Arguments row(String description, CommentInput in, CommentSettings settings, ModerationRules.Facts facts,
            SpamScore.Score score, int links, CommentStatus status, int points, String... reasons) {
        return Arguments.of(description, in, settings, facts, score, links, new ModerationRules.Decision(status, List.of(reasons), points));
    }

    private static CommentInput comment(String text) {
        return new CommentInput(text, "Ann", "ann@example.org", "", null);
    }

    private static ModerationRules.Facts facts(boolean honeypotFilled, boolean approvedBefore, boolean slowMode) {
        return new ModerationRules.Facts(honeypotFilled, approvedBefore, slowMode, "198.51.100.7");
    }

    private static SpamScore.Score score(int points, String... reasons) {
        return new SpamScore.Score(points, List.of(reasons));
    }

    /** The default settings, with the moderation rules given; slow mode is 10 comments in 30 minutes. */
    private static CommentSettings settings(boolean holdAll, boolean holdFirst, int holdAtLinks, List<String> moderationWords,
            List<String> disallowedWords) {
        CommentSettings d = CommentSettings.DEFAULTS;
        return new CommentSettings(d.open(), d.closeAfterDays(), d.requireNameAndEmail(), holdAll, holdFirst, holdAtLinks,
                moderationWords, disallowedWords, d.maxPerStory(), d.threadDepth(), d.perPage(), d.minFormSeconds(),
                d.secondsBetween(), d.perHour(), 10, 30, d.keepAddressDays());
    }
}
