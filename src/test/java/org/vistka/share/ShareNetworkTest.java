package org.vistka.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each network's share address: its own fixed prefix, then the story's URL, title and image, percent-encoded. */
class ShareNetworkTest {
    private static final SharedStory STORY = new SharedStory("https://news.example/2026/11/24/ferry-vote/",
            "Council & mayor agree: ferry “back” by spring? #Dnipro + Київ", "https://news.example/media/ferry-1600.jpg",
            "The ferry at its pier, 50% rebuilt");
    private static final String URL = "https%3A%2F%2Fnews.example%2F2026%2F11%2F24%2Fferry-vote%2F";
    private static final String TITLE = "Council%20%26%20mayor%20agree%3A%20ferry%20%E2%80%9Cback%E2%80%9D%20by%20spring%3F%20%23Dnipro%20%2B%20"
            + "%D0%9A%D0%B8%D1%97%D0%B2";

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of(ShareNetwork.FACEBOOK, "https://www.facebook.com/sharer/sharer.php?u=" + URL),
                Arguments.of(ShareNetwork.X, "https://x.com/intent/tweet?url=" + URL + "&text=" + TITLE),
                Arguments.of(ShareNetwork.TELEGRAM, "https://t.me/share/url?url=" + URL + "&text=" + TITLE),
                Arguments.of(ShareNetwork.WHATSAPP, "https://api.whatsapp.com/send?text=" + TITLE + "%20" + URL),
                Arguments.of(ShareNetwork.LINKEDIN, "https://www.linkedin.com/sharing/share-offsite/?url=" + URL),
                Arguments.of(ShareNetwork.PINTEREST, "https://www.pinterest.com/pin/create/button/?url=" + URL
                        + "&media=https%3A%2F%2Fnews.example%2Fmedia%2Fferry-1600.jpg&description=The%20ferry%20at%20its%20pier%2C%2050%25%20rebuilt"),
                Arguments.of(ShareNetwork.REDDIT, "https://www.reddit.com/submit?url=" + URL + "&title=" + TITLE),
                Arguments.of(ShareNetwork.EMAIL, "mailto:?subject=" + TITLE + "&body=" + URL),
                Arguments.of(ShareNetwork.COPY, "https://news.example/2026/11/24/ferry-vote/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void each_network_gets_the_story_url_and_title_percent_encoded(ShareNetwork network, String expected) {
        assertThat(network.address(STORY)).isEqualTo(expected);
    }

    @Test
    void a_hostile_title_or_address_never_changes_the_host_or_adds_a_parameter() {
        SharedStory hostile = new SharedStory("https://news.example/a/?x=1&u=https://evil.example/#frag",
                "&u=https://evil.example/ \r\n<script>", "https://evil.example/x.jpg?&url=", "\"&media=");
        for (ShareNetwork network : ShareNetwork.values()) {
            if (!network.counted()) {
                continue;
            }
            String address = network.address(hostile);
            URI uri = URI.create(address);
            String query = uri.getRawQuery() != null ? uri.getRawQuery() : uri.getRawSchemeSpecificPart().replaceFirst("^\\?", "");

            assertThat(address).as(network.key()).doesNotContain(" ", "\r", "\n", "<", "\"", "#");
            assertThat(query.split("&")).as(network.key() + " parameters")
                    .allSatisfy(parameter -> assertThat(parameter).matches("(u|url|text|title|subject|body|media|description)=[^=]*"));
        }
    }

    @Test
    void networks_are_found_by_their_key_only() {
        assertThat(ShareNetwork.byKey("telegram")).contains(ShareNetwork.TELEGRAM);
        assertThat(ShareNetwork.byKey("Telegram")).isEmpty();
        assertThat(ShareNetwork.byKey("")).isEmpty();
        assertThat(ShareNetwork.byKey("../facebook")).isEmpty();
    }
}
