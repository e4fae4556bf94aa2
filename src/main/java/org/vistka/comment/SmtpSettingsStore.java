package org.vistka.comment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vistka.settings.SettingsStore;

/**
 * The mail server for moderator notices, kept as {@code smtp.*} settings. The password has to be kept to be
 * usable, so it is stored as given; it is never shown again on the settings page nor written to a log.
 */
public final class SmtpSettingsStore {
    private final Jdbi jdbi;

    public SmtpSettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SmtpSettings load() {
        Map<String, String> v = jdbi.withHandle(h -> h.createQuery("SELECT name, value FROM setting WHERE name LIKE 'smtp.%'")
                .map((rs, ctx) -> Map.entry(rs.getString("name").substring("smtp.".length()), rs.getString("value")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        try {
            return SmtpSettings.parse(v.getOrDefault("host", ""), v.getOrDefault("port", "587"), v.getOrDefault("security", "STARTTLS"),
                    v.getOrDefault("username", ""), v.getOrDefault("password", ""), v.getOrDefault("from", ""), v.getOrDefault("to", ""));
        } catch (IllegalArgumentException e) {
            return SmtpSettings.NOT_CONFIGURED;
        }
    }

    /** Saves the settings; an empty {@code password} keeps the stored one (the form never shows it). */
    public void save(String host, String port, String security, String username, String password, String from, String to) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", host);
        values.put("port", port);
        values.put("security", security);
        values.put("username", username);
        if (!password.isEmpty() || host.isEmpty()) {
            values.put("password", password);
        }
        values.put("from", from);
        values.put("to", to);
        jdbi.useTransaction(h -> values.forEach((key, value) -> SettingsStore.put(h, "smtp." + key, value)));
    }

    public boolean hasPassword() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM setting WHERE name = 'smtp.password' AND value <> ''")
                .mapTo(Integer.class).one()) > 0;
    }
}
