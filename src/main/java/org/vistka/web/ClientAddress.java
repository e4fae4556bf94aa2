package org.vistka.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reader's address, which the per-address rules (comment limits, sign-in throttling) count by. Behind a proxy
 * (nginx, a CDN) every request comes from the proxy; the proxy names the reader in {@code X-Forwarded-For}. That
 * header is believed only from the proxies the newsroom named as trusted, since anyone can send it: from them, the
 * reader is the last address in it that is not itself a trusted proxy.
 */
public final class ClientAddress {
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** Hexadecimal digits, colons (at least one) and dots: what an IPv6 address may hold, and no host name can. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ClientAddress() {
    }

    /**
     * The address in one written form (IPv6 in full, without brackets), so that {@code ::1} and {@code [::1]} are
     * the same; empty when {@code text} is not an IP address. Never looks a name up.
     */
    public static Optional<String> canonical(String text) {
        String bare = text.strip().replaceAll("^\\[(.*)]$", "$1");
        if (IPV4.matcher(bare).matches()) {
            return Optional.of(bare);
        }
        if (!IPV6.matcher(bare).matches()) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(bare);
            return address instanceof Inet6Address ? Optional.of(address.getHostAddress()) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * @param peer         the address the request came from
     * @param forwardedFor the {@code X-Forwarded-For} header (all its lines joined with commas), or null
     * @param trusted      the trusted proxies' addresses, in {@link #canonical} form
     */
    static String of(String peer, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || forwardedFor.isBlank() || trusted.isEmpty() || !trusted.contains(canonical(peer).orElse(peer))) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops[i]);
            if (hop.isEmpty()) {
                // Not an address: whatever stands before it may have been written by anyone.
                return peer;
            }
            if (!trusted.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }
}
