package org.vistka.comment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;
import org.vistka.settings.SettingsStore;

/**
 * Reads and writes the {@code comment.*} settings. Read per request (one small query), so a change applies at once
 * on every node. Word lists are stored one word or phrase a line. Thread-safe.
 */
public final class CommentSettingsStore {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private final Jdbi jdbi;
    private final ContentChanges changes;

    public CommentSettingsStore(Jdbi jdbi, ContentChanges changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public CommentSettings load() {
        Map<String, String> v = jdbi.withHandle(h -> h.createQuery("SELECT name, value FROM setting WHERE name LIKE 'comment.%'")
                .map((rs, ctx) -> Map.entry(rs.getString("name").substring("comment.".length()), rs.getString("value")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        CommentSettings d = CommentSettings.DEFAULTS;
        return new CommentSettings(flag(v, "open", d.open()), number(v, "close_after_days", d.closeAfterDays()),
                flag(v, "require_name_email", d.requireNameAndEmail()), flag(v, "hold_all", d.holdAll()),
                flag(v, "hold_first", d.holdFirst()), number(v, "hold_at_links", d.holdAtLinks()),
                words(v.get("moderation_words")), words(v.get("disallowed_words")), number(v, "max_per_story", d.maxPerStory()),
                number(v, "thread_depth", d.threadDepth()), number(v, "per_page", d.perPage()),
                number(v, "min_form_seconds", d.minFormSeconds()), number(v, "seconds_between", d.secondsBetween()),
                number(v, "per_hour", d.perHour()), number(v, "slow_mode_count", d.slowModeCount()),
                number(v, "slow_mode_minutes", d.slowModeMinutes()), number(v, "keep_address_days", d.keepAddressDays()));
    }

    public void save(CommentSettings s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("open", String.valueOf(s.open()));
        values.put("close_after_days", String.valueOf(s.closeAfterDays()));
        values.put("require_name_email", String.valueOf(s.requireNameAndEmail()));
        values.put("hold_all", String.valueOf(s.holdAll()));
        values.put("hold_first", String.valueOf(s.holdFirst()));
        values.put("hold_at_links", String.valueOf(s.holdAtLinks()));
        values.put("moderation_words", String.join("\n", s.moderationWords()));
        values.put("disallowed_words", String.join("\n", s.disallowedWords()));
        values.put("max_per_story", String.valueOf(s.maxPerStory()));
        values.put("thread_depth", String.valueOf(s.threadDepth()));
        values.put("per_page", String.valueOf(s.perPage()));
        values.put("min_form_seconds", String.valueOf(s.minFormSeconds()));
        values.put("seconds_between", String.valueOf(s.secondsBetween()));
        values.put("per_hour", String.valueOf(s.perHour()));
        values.put("slow_mode_count", String.valueOf(s.slowModeCount()));
        values.put("slow_mode_minutes", String.valueOf(s.slowModeMinutes()));
        values.put("keep_address_days", String.valueOf(s.keepAddressDays()));
        jdbi.useTransaction(h -> values.forEach((key, value) -> SettingsStore.put(h, "comment." + key, value)));
        // Every story page shows the comment form and threads these settings shape.
        changes.changedEverything();
    }

    static List<String> words(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\n")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean flag(Map<String, String> values, String key, boolean fallback) {
        String value = values.get(key);
        return value == null ? fallback : Boolean.parseBoolean(value);
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value != null && NUMBER.matcher(value).matches() ? Integer.parseInt(value) : fallback;
    }
}
