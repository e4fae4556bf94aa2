package org.vistka.feed;

import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.vistka.settings.SettingsStore;
import org.vistka.storage.ContentChanges;

/** Reads and writes the {@code feed.*} settings; read per request, so a change applies at once on every node. Thread-safe. */
public final class FeedSettingsStore {
    private final Jdbi jdbi;
    private final ContentChanges changes;

    public FeedSettingsStore(Jdbi jdbi, ContentChanges changes) {
        this.jdbi = jdbi;
        this.changes = changes;
    }

    public FeedSettings load() {
        Map<String, String> values = SettingsStore.read(jdbi, "feed.");
        String fullText = values.get("feed.full_text");
        String items = values.get("feed.items");
        FeedSettings d = FeedSettings.DEFAULTS;
        return new FeedSettings(fullText == null ? d.fullText() : Boolean.parseBoolean(fullText),
                items != null && items.matches("\\d{1,3}") ? Math.clamp(Integer.parseInt(items), 1, FeedSettings.MAX_ITEMS) : d.items());
    }

    public void save(FeedSettings settings) {
        jdbi.useTransaction(h -> {
            SettingsStore.put(h, "feed.full_text", String.valueOf(settings.fullText()));
            SettingsStore.put(h, "feed.items", String.valueOf(settings.items()));
        });
        changes.changed(Set.of(ContentChanges.FEEDS));
    }
}
