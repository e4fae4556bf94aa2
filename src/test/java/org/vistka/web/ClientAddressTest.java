package org.vistka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose address a request counts as: X-Forwarded-For is believed only from a trusted proxy, and only so far. */
class ClientAddressTest {
    private static final Set<String> NGINX = Set.of("127.0.0.1");

    @Test
    void without_trusted_proxies_the_header_is_ignored_since_anyone_can_send_it() {
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", NGINX)).as("not from the proxy").isEqualTo("203.0.113.7");
    }

    @Test
    void from_a_trusted_proxy_the_reader_is_the_last_address_not_itself_a_proxy() {
        assertThat(ClientAddress.of("127.0.0.1", "198.51.100.1", NGINX)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("127.0.0.1", "10.9.9.9, 198.51.100.1", NGINX)).as("a forged first hop is not believed").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("127.0.0.1", "198.51.100.1, 10.0.0.2", Set.of("127.0.0.1", "10.0.0.2")))
                .as("a CDN in front of nginx").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("127.0.0.1", null, NGINX)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "", NGINX)).as("no header line").isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "unknown", NGINX)).as("not an address").isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6_addresses_are_compared_in_one_written_form_and_names_are_not_addresses() {
        assertThat(ClientAddress.canonical("::1")).hasValue("0:0:0:0:0:0:0:1");
        assertThat(ClientAddress.canonical("[2001:db8::7]")).hasValue("2001:db8:0:0:0:0:0:7");
        assertThat(ClientAddress.canonical("192.0.2.10")).hasValue("192.0.2.10");
        assertThat(ClientAddress.canonical("proxy.example")).isEmpty();
        assertThat(ClientAddress.canonical("cafe")).isEmpty();
        assertThat(ClientAddress.canonical("256.1.1.1")).isEmpty();
        assertThat(ClientAddress.of("0:0:0:0:0:0:0:1", "2001:db8::7", Set.of("0:0:0:0:0:0:0:1"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    }
}
