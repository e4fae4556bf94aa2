package org.vistka.comment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The mail server the newsroom sets in its settings for telling moderators that comments are waiting, and who
 * gets those emails. A site whose host is empty sends no email: {@link #NOT_CONFIGURED} is that state, and it is
 * what {@link #parse} makes of a form with every mail field left empty.
 *
 * <p>Form input is checked with {@link #problem} and turned into settings with {@link #parse}; the record's own
 * constructor only copies, so stored settings that were valid when saved load without surprises. Addresses are
 * plain ASCII {@code name@example.org}, without a display name: a moderator's mail server may not speak the
 * SMTPUTF8 extension an internationalised address needs.
 *
 * <p>{@link #toString()} never shows the password, so the settings can be logged. Immutable and thread-safe.
 *
 * @param host     the SMTP server's host name or IP address; empty when mail is off
 * @param port     the SMTP server's port, 1 to 65535
 * @param security how the connection to the server is protected
 * @param username the name to log in with; empty to send without logging in
 * @param password the password to log in with; may be empty
 * @param from     the address the emails come from
 * @param to       the moderators' addresses, at least one when mail is on
 */
public record SmtpSettings(String host, int port, Security security, String username, String password, String from,
                           List<String> to) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain text, for a relay on the same machine or network; the password, if any, crosses unencrypted. */
        NONE,
        /** Starts in plain text on port 587 (usually) and upgrades to TLS; sending fails if the server cannot. */
        STARTTLS,
        /** TLS from the first byte, usually on port 465. */
        TLS
    }

    /** No mail server: moderators get no email. */
    public static final SmtpSettings NOT_CONFIGURED = new SmtpSettings("", 587, Security.STARTTLS, "", "", "", List.of());

    private static final int MAX_HOST = 253;
    private static final int MAX_ADDRESS = 254;
    private static final int MAX_CREDENTIAL = 256;
    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*]?");
    /** A dot-atom local part (RFC 5322 without quoted strings) at a domain of at least two labels. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
    }

    /** Whether email can be sent: a host, a port, a sender and at least one moderator. */
    public boolean isConfigured() {
        return !host.isBlank() && port >= 1 && port <= 65535 && !from.isBlank() && !to.isEmpty();
    }

    /**
     * What is wrong with the mail settings as typed, in a sentence the editor can act on, or empty if nothing is.
     * Every field empty (the port and security aside) is fine: it turns moderator email off.
     *
     * @param host     the server's host name or IP address
     * @param port     the port as typed
     * @param security {@code NONE}, {@code STARTTLS} or {@code TLS}, in any case
     * @param username may be empty
     * @param password may be empty; never trimmed, never quoted back
     * @param from     the sender's address
     * @param to       the moderators' addresses separated by commas
     */
    public static Optional<String> problem(String host, String port, String security, String username, String password,
                                           String from, String to) {
        String h = clean(host);
        String user = clean(username);
        String pass = password == null ? "" : password;
        String sender = clean(from);
        String moderators = clean(to);
        if (h.isEmpty() && user.isEmpty() && pass.isEmpty() && sender.isEmpty() && moderators.isEmpty()) {
            return Optional.empty();
        }
        if (h.isEmpty()) {
            return Optional.of("Give the mail server's host name, such as smtp.example.org, or empty every mail field to send no email.");
        }
        if (h.length() > MAX_HOST || !(HOST_NAME.matcher(h).matches() || IPV6.matcher(h).matches())) {
            return Optional.of("Give the mail server's host name without spaces, such as smtp.example.org.");
        }
        String p = clean(port);
        if (!p.matches("\\d{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
            return Optional.of("Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.");
        }
        if (parseSecurity(security).isEmpty()) {
            return Optional.of("Choose how the connection is protected: none, STARTTLS or TLS.");
        }
        if (user.length() > MAX_CREDENTIAL || pass.length() > MAX_CREDENTIAL) {
            return Optional.of("Keep the user name and the password under " + MAX_CREDENTIAL + " characters.");
        }
        // Both go to the server inside an SMTP command; a line break there would end it early.
        if (hasLineBreakOrControl(user) || hasLineBreakOrControl(pass)) {
            return Optional.of("Give the user name and the password on one line each.");
        }
        if (user.isEmpty() && !pass.isEmpty()) {
            return Optional.of("Give the user name that goes with the password.");
        }
        if (!isAddress(sender)) {
            return Optional.of("Give the address the emails come from, such as newsroom@example.org.");
        }
        List<String> addresses = addresses(moderators);
        if (addresses.isEmpty()) {
            return Optional.of("Give at least one moderator's address, such as editor@example.org.");
        }
        for (String address : addresses) {
            if (!isAddress(address)) {
                return Optional.of("“" + shorten(address) + "” is not an email address: give addresses such as "
                        + "editor@example.org, separated by commas.");
            }
        }
        return Optional.empty();
    }

    /**
     * The settings the form describes, {@link #NOT_CONFIGURED} if every mail field is empty.
     *
     * @throws IllegalArgumentException with {@link #problem}'s sentence if the form has a problem
     */
    public static SmtpSettings parse(String host, String port, String security, String username, String password,
                                     String from, String to) {
        Optional<String> problem = problem(host, port, security, username, password, from, to);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        if (clean(host).isEmpty()) {
            return NOT_CONFIGURED;
        }
        return new SmtpSettings(clean(host), Integer.parseInt(clean(port)), parseSecurity(security).orElseThrow(),
                clean(username), password == null ? "" : password, clean(from), addresses(to));
    }

    /** The addresses in a comma-separated list, trimmed, without empty entries or repeats, in the order given. */
    public static List<String> addresses(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    /** The settings with the password shown only as set or not, so they can go to a log. */
    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
                + ", password=" + (password.isEmpty() ? "(none)" : "(set)") + ", from=" + from + ", to=" + to + "]";
    }

    private static Optional<Security> parseSecurity(String value) {
        String v = clean(value).toUpperCase(Locale.ROOT);
        return Arrays.stream(Security.values()).filter(s -> s.name().equals(v)).findFirst();
    }

    private static boolean isAddress(String value) {
        return value.length() <= MAX_ADDRESS && ADDRESS.matcher(value).matches();
    }

    private static boolean hasLineBreakOrControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Enough of a wrong address to recognise it, not a whole pasted paragraph. */
    private static String shorten(String value) {
        return value.codePointCount(0, value.length()) <= 60 ? value
                : value.substring(0, value.offsetByCodePoints(0, 59)) + "…";
    }
}
