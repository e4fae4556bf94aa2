package org.vistka.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;

/**
 * The site-wide settings kept in the database. They are read on every request that needs them (one small
 * query), so a change applies at once, on every node, without a restart. Thread-safe.
 */
public final class SettingsStore {
    private final Jdbi jdbi;
    private final ContentChanges changes;

    public SettingsStore(Jdbi jdbi, ContentChanges changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public SiteSettings site() {
        Map<String, String> values = read(jdbi, "site.");
        SiteSettings d = SiteSettings.DEFAULTS;
        return new SiteSettings(values.getOrDefault("site.name", d.name()), values.getOrDefault("site.tagline", d.tagline()),
                values.getOrDefault("site.language", d.language()), number(values.get("site.stories_per_page"), d.storiesPerPage()),
                number(values.get("site.upload_limit_mb"), d.uploadLimitMb()));
    }

    /** Every stored setting whose name starts with {@code prefix} ({@code "site."}), by full name; one statement. */
    public static Map<String, String> read(Jdbi jdbi, String prefix) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT name, value FROM setting WHERE name LIKE :pattern")
                .bind("pattern", prefix + "%")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("value")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Writes one setting in the given transaction, replacing its value; the one place that knows how. */
    public static void put(Handle handle, String name, String value) {
        handle.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                .bind("name", name).bind("value", value).execute();
    }

    public void saveSite(SiteSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", settings.name());
        values.put("site.tagline", settings.tagline());
        values.put("site.language", settings.language());
        values.put("site.stories_per_page", String.valueOf(settings.storiesPerPage()));
        values.put("site.upload_limit_mb", String.valueOf(settings.uploadLimitMb()));
        jdbi.useTransaction(handle -> {
            values.forEach((name, value) -> put(handle, name, value));
        });
        // The site's name and language are on every page.
        changes.changedEverything();
    }

    private static int number(String value, int fallback) {
        return value != null && value.matches("\\d{1,4}") ? Integer.parseInt(value) : fallback;
    }
}
