package org.vistka.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ways a reader can share a story, and the one place that knows each network's share address. Every address
 * is the network's own fixed prefix followed by the story's URL, title and (for Pinterest) image, each
 * percent-encoded, so nothing a story holds can change which host the reader is sent to.
 *
 * <p>{@link #COPY} is not a network: its link is the story's own address, which the page script copies. Immutable.
 */
public enum ShareNetwork {
    FACEBOOK("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
    X("x", "X", "https://x.com/intent/tweet?url="),
    TELEGRAM("telegram", "Telegram", "https://t.me/share/url?url="),
    WHATSAPP("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text="),
    LINKEDIN("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url="),
    PINTEREST("pinterest", "Pinterest", "https://www.pinterest.com/pin/create/button/?url="),
    REDDIT("reddit", "Reddit", "https://www.reddit.com/submit?url="),
    EMAIL("email", "Email", "mailto:?subject="),
    COPY("copy", "Copy link", "");

    private final String key;
    private final String label;
    private final String prefix;

    ShareNetwork(String key, String label, String prefix) {
        this.key = key;
        this.label = label;
        this.prefix = prefix;
    }

    /** The name in addresses and settings: {@code facebook}, {@code x}, … */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether sharing goes through the counting redirect to a network; false only for {@link #COPY}. */
    public boolean counted() {
        return this != COPY;
    }

    /** The network of a key, if it is one. */
    public static Optional<ShareNetwork> byKey(String key) {
        return Arrays.stream(values()).filter(network -> network.key.equals(key)).findFirst();
    }

    /** Where sharing {@code story} on this network sends the reader. */
    public String address(SharedStory story) {
        String url = encode(story.url());
        String title = encode(story.title());
        return switch (this) {
            case FACEBOOK, LINKEDIN -> prefix + url;
            case X, TELEGRAM -> prefix + url + "&text=" + title;
            case WHATSAPP -> prefix + encode(story.title() + " " + story.url());
            case PINTEREST -> prefix + url + "&media=" + encode(story.imageUrl()) + "&description=" + encode(story.imageDescription());
            case REDDIT -> prefix + url + "&title=" + title;
            case EMAIL -> prefix + title + "&body=" + url;
            case COPY -> story.url();
        };
    }

    /** Percent-encoding for a query value; a space is {@code %20}, which mail programs read too (they take {@code +} literally). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
