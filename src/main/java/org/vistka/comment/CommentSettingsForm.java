package org.vistka.comment;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vistka.web.TextInput;

/** The comment settings form as typed: the newsroom's rules, and the mail server for moderator notices. */
public record CommentSettingsForm(boolean open, String closeAfterDays, boolean requireNameAndEmail, boolean holdAll,
                                  boolean holdFirst, String holdAtLinks, String moderationWords, String disallowedWords,
                                  String maxPerStory, String threadDepth, String perPage, String minFormSeconds,
                                  String secondsBetween, String perHour, String slowModeCount, String slowModeMinutes,
                                  String keepAddressDays, String smtpHost, String smtpPort, String smtpSecurity,
                                  String smtpUsername, String smtpFrom, String smtpTo) {

    static CommentSettingsForm of(CommentSettings s, SmtpSettings m) {
        return new CommentSettingsForm(s.open(), n(s.closeAfterDays()), s.requireNameAndEmail(), s.holdAll(), s.holdFirst(),
                n(s.holdAtLinks()), String.join("\n", s.moderationWords()), String.join("\n", s.disallowedWords()),
                n(s.maxPerStory()), n(s.threadDepth()), n(s.perPage()), n(s.minFormSeconds()), n(s.secondsBetween()),
                n(s.perHour()), n(s.slowModeCount()), n(s.slowModeMinutes()), n(s.keepAddressDays()), m.host(),
                m.isConfigured() ? n(m.port()) : "587", m.security().name(), m.username(), m.from(), String.join(", ", m.to()));
    }

    static CommentSettingsForm read(Context ctx) {
        return new CommentSettingsForm(ctx.formParam("open") != null, line(ctx, "closeAfterDays"), ctx.formParam("requireNameAndEmail") != null,
                ctx.formParam("holdAll") != null, ctx.formParam("holdFirst") != null, line(ctx, "holdAtLinks"),
                lines(ctx, "moderationWords"), lines(ctx, "disallowedWords"), line(ctx, "maxPerStory"), line(ctx, "threadDepth"),
                line(ctx, "perPage"), line(ctx, "minFormSeconds"), line(ctx, "secondsBetween"), line(ctx, "perHour"),
                line(ctx, "slowModeCount"), line(ctx, "slowModeMinutes"), line(ctx, "keepAddressDays"), line(ctx, "smtpHost"),
                line(ctx, "smtpPort"), line(ctx, "smtpSecurity"), line(ctx, "smtpUsername"), line(ctx, "smtpFrom"), line(ctx, "smtpTo"));
    }

    /** Each number's problem, keyed by field, plus the mail server's. */
    Map<String, String> problems(String smtpPassword) {
        Map<String, String> problems = new LinkedHashMap<>();
        range(problems, "closeAfterDays", closeAfterDays, 0, 36_500, "days after publication (0: never close)");
        range(problems, "holdAtLinks", holdAtLinks, 0, 100, "links (0: never hold for links)");
        range(problems, "maxPerStory", maxPerStory, 0, 1_000_000, "comments a story (0: no limit)");
        range(problems, "threadDepth", threadDepth, 1, 10, "levels of replies");
        range(problems, "perPage", perPage, 5, 500, "threads a page");
        range(problems, "minFormSeconds", minFormSeconds, 0, 600, "seconds");
        range(problems, "secondsBetween", secondsBetween, 0, 3600, "seconds (0: no wait)");
        range(problems, "perHour", perHour, 0, 10_000, "comments an hour (0: no limit)");
        range(problems, "slowModeCount", slowModeCount, 0, 100_000, "comments (0: no slow mode)");
        range(problems, "slowModeMinutes", slowModeMinutes, 1, 1440, "minutes");
        range(problems, "keepAddressDays", keepAddressDays, 1, 3650, "days");
        SmtpSettings.problem(smtpHost, smtpPort, smtpSecurity, smtpUsername, smtpPassword, smtpFrom, smtpTo)
                .ifPresent(problem -> problems.put("smtpHost", problem));
        return problems;
    }

    CommentSettings toSettings() {
        return new CommentSettings(open, i(closeAfterDays), requireNameAndEmail, holdAll, holdFirst, i(holdAtLinks),
                CommentSettingsStore.words(moderationWords), CommentSettingsStore.words(disallowedWords), i(maxPerStory),
                i(threadDepth), i(perPage), i(minFormSeconds), i(secondsBetween), i(perHour), i(slowModeCount),
                i(slowModeMinutes), i(keepAddressDays));
    }

    public List<String> securities() {
        return List.of("STARTTLS", "TLS", "NONE");
    }

    private static void range(Map<String, String> problems, String field, String value, int low, int high, String unit) {
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < low || Integer.parseInt(value) > high) {
            problems.put(field, "Give a whole number from " + low + " to " + high + " " + unit + ".");
        }
    }

    private static int i(String value) {
        return Integer.parseInt(value);
    }

    private static String n(int value) {
        return String.valueOf(value);
    }

    private static String line(Context ctx, String name) {
        return TextInput.singleLine(ctx.formParam(name));
    }

    private static String lines(Context ctx, String name) {
        return TextInput.multiLine(ctx.formParam(name));
    }
}
