package org.vistka.share;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.vistka.storage.ContentChanges;
import org.vistka.settings.SettingsStore;

/**
 * Reads and writes the {@code share.*} settings. Read per request (one small query), so a change applies at once on
 * every node. A missing or damaged value reads as its default; an image not chosen reads as the built-in one.
 * Thread-safe.
 */
public final class ShareSettingsStore {
    private final Jdbi jdbi;
    private final ShareImage builtInImage;
    private final ShareImage builtInLogo;
    private final ContentChanges changes;

    public ShareSettingsStore(Jdbi jdbi, ShareImage builtInImage, ShareImage builtInLogo, ContentChanges changes) {
        this.jdbi = jdbi;
        this.changes = changes;
        this.builtInImage = builtInImage;
        this.builtInLogo = builtInLogo;
    }

    /** The image a shared link shows when the newsroom chose none. */
    public ShareImage builtInImage() {
        return builtInImage;
    }

    /** The publisher logo when the newsroom chose none. */
    public ShareImage builtInLogo() {
        return builtInLogo;
    }

    public ShareSettings load() {
        Map<String, String> v = jdbi.withHandle(h -> h.createQuery("SELECT name, value FROM setting WHERE name LIKE 'share.%'")
                .map((rs, ctx) -> Map.entry(rs.getString("name").substring("share.".length()), rs.getString("value")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        String networks = v.get("networks");
        String threshold = v.get("count_threshold");
        return new ShareSettings(
                networks == null ? ShareSettings.DEFAULT_NETWORKS : Arrays.stream(networks.split(","))
                        .map(key -> ShareNetwork.byKey(key).orElse(null)).filter(Objects::nonNull).distinct().toList(),
                Boolean.parseBoolean(v.get("floating")),
                threshold != null && threshold.matches("\\d{1,7}") ? Integer.parseInt(threshold) : ShareSettings.DEFAULT_THRESHOLD,
                ShareImage.fromSetting(v.get("image")).orElse(builtInImage),
                ShareImage.fromSetting(v.get("logo")).orElse(builtInLogo));
    }

    public void save(ShareSettings s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("networks", s.networks().stream().map(ShareNetwork::key).collect(Collectors.joining(",")));
        values.put("floating", String.valueOf(s.floating()));
        values.put("count_threshold", String.valueOf(s.countThreshold()));
        values.put("image", s.image().mediaId() == null ? "" : s.image().toSetting());
        values.put("logo", s.logo().mediaId() == null ? "" : s.logo().toSetting());
        jdbi.useTransaction(h -> values.forEach((key, value) -> SettingsStore.put(h, "share." + key, value)));
        // Every story page shows the share links and the metadata these settings shape.
        changes.changedEverything();
    }
}
