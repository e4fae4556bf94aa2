package org.vistka.site;

import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** The site-wide settings kept in the database, read and written by name. Thread-safe. */
public final class SettingsStore {
    static final String SITE_NAME = "site.name";
    static final String SITE_TAGLINE = "site.tagline";

    private final Jdbi jdbi;

    public SettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SiteSettings site() {
        Map<String, String> values = jdbi.withHandle(handle -> handle.createQuery("SELECT name, value FROM setting")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("value")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return new SiteSettings(values.getOrDefault(SITE_NAME, "Vistka"),
                values.getOrDefault(SITE_TAGLINE, "Independent news"));
    }

    public void saveSite(SiteSettings settings) {
        jdbi.useTransaction(handle -> {
            for (var entry : Map.of(SITE_NAME, settings.name(), SITE_TAGLINE, settings.tagline()).entrySet()) {
                handle.createUpdate("""
                                INSERT INTO setting (name, value) VALUES (:name, :value)
                                ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
                        .bind("name", entry.getKey()).bind("value", entry.getValue()).execute();
            }
        });
    }
}
