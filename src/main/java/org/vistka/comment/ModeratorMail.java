package org.vistka.comment;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Tells the newsroom's moderators by email that comments are held for moderation: one plain-text UTF-8 message
 * to all of them, listing each comment's story, author name, the first {@value #EXCERPT_LENGTH} characters and
 * why it was held, with the link to the moderation queue. Nothing in the message identifies a commenter beyond
 * the name they gave: {@link HeldNotice} has no email address to leak.
 *
 * <p>Everything a commenter or an editor typed is put on one line before it goes into the message, so a title
 * or a comment cannot add a header, nor a line that looks like ours (a second queue link, say). The certificate
 * of a TLS or STARTTLS server is checked against the JDK's trusted authorities and the host name, and STARTTLS
 * is required once chosen: a server that does not offer it gets no password and no mail.
 *
 * <p>Sending blocks for at most 5 seconds to connect and 5 seconds for each read or write (a stalled server must
 * not hold a thread for minutes), so call it off the request thread. Thread-safe: the settings are immutable, and each call has its own
 * mail session and connection.
 */
public final class ModeratorMail {
    public static final int EXCERPT_LENGTH = 200;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration IO_TIMEOUT = Duration.ofSeconds(5);
    private static final String UTF_8 = "UTF-8";
    private static final String CRLF = "\r\n";
    private static final int MAX_LOG_MESSAGE = 400;

    private final SmtpSettings settings;
    private final String siteName;
    private final String queueUrl;
    private final SSLSocketFactory tls;

    /**
     * @param settings the newsroom's mail settings; must be configured and valid
     * @param siteName the site's name, shown in the subject and as the sender's name
     * @param queueUrl the absolute address of the moderation queue
     * @throws IllegalArgumentException if the settings are not configured or not valid
     */
    public ModeratorMail(SmtpSettings settings, String siteName, String queueUrl) {
        this(settings, siteName, queueUrl, null);
    }

    /**
     * As the public constructor, but TLS trusts what {@code tls} trusts instead of the JDK's authorities; tests
     * use it for a server with a certificate of their own. The host name is checked all the same.
     */
    ModeratorMail(SmtpSettings settings, String siteName, String queueUrl, SSLSocketFactory tls) {
        if (!settings.isConfigured()) {
            throw new IllegalArgumentException("Moderator email is not configured: " + settings);
        }
        // The record takes anything; settings stored before a rule changed, or built in code, are checked here.
        SmtpSettings.problem(settings.host(), String.valueOf(settings.port()), settings.security().name(),
                settings.username(), settings.password(), settings.from(), String.join(",", settings.to()))
                .ifPresent(problem -> {
                    throw new IllegalArgumentException("Moderator email settings are not valid: " + problem);
                });
        this.settings = settings;
        this.siteName = oneLine(Objects.requireNonNull(siteName, "siteName"));
        this.queueUrl = oneLine(Objects.requireNonNull(queueUrl, "queueUrl"));
        this.tls = tls;
    }

    /**
     * Sends one email to every moderator listing these held comments, in this order. Sends nothing for an empty
     * list.
     *
     * @throws MailFailure if the server cannot be reached, refuses the login or refuses the message
     */
    public void heldComments(List<HeldNotice> held) {
        if (held.isEmpty()) {
            return;
        }
        Session session = Session.getInstance(properties());
        Transport transport = null;
        try {
            MimeMessage message = compose(session, held);
            transport = session.getTransport("smtp");
            boolean login = !settings.username().isEmpty();
            transport.connect(settings.host(), settings.port(), login ? settings.username() : null,
                    login ? settings.password() : null);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure(describe(e), e);
        } finally {
            closeQuietly(transport);
        }
    }

    /** The subject, for one or many comments. */
    private String subject(int count) {
        return count == 1
                ? "1 comment awaits moderation on " + siteName
                : count + " comments await moderation on " + siteName;
    }

    /**
     * The plain-text body, its lines ended by CRLF: MIME's canonical form for text, which a base64-encoded body
     * keeps as it is, so a bare LF would reach the moderator's mail program as sent.
     */
    private String body(List<HeldNotice> held) {
        StringBuilder text = new StringBuilder(subject(held.size())).append('.').append(CRLF);
        int number = 1;
        for (HeldNotice notice : held) {
            text.append(CRLF).append(number++).append(". On “").append(oneLine(notice.storyTitle())).append("”, ")
                    .append(oneLine(notice.authorName())).append(" wrote:").append(CRLF)
                    .append("   “").append(excerpt(notice.excerpt())).append('”').append(CRLF)
                    .append("   Held because: ").append(oneLine(notice.reason())).append(CRLF);
        }
        return text.append(CRLF).append("Review them in the moderation queue:").append(CRLF)
                .append(queueUrl).append(CRLF).toString();
    }

    private MimeMessage compose(Session session, List<HeldNotice> held)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), siteName, UTF_8));
        message.setRecipients(Message.RecipientType.TO, recipients());
        // setSubject encodes non-ASCII words, and siteName has no line breaks left to fold a header with.
        message.setSubject(subject(held.size()), UTF_8);
        message.setSentDate(new Date());
        // RFC 3834: out-of-office replies and the like are not sent back to a machine's message.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setText(body(held), UTF_8);
        return message;
    }

    private InternetAddress[] recipients() throws AddressException {
        List<InternetAddress> addresses = new ArrayList<>();
        for (String address : settings.to()) {
            addresses.add(new InternetAddress(address, true));
        }
        return addresses.toArray(InternetAddress[]::new);
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
        p.setProperty("mail.smtp.timeout", String.valueOf(IO_TIMEOUT.toMillis()));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT.toMillis()));
        p.setProperty("mail.smtp.from", settings.from());
        // The Message-ID is made from this; without it, from the machine's own name, often "localhost".
        p.setProperty("mail.from", settings.from());
        p.setProperty("mail.smtp.auth", String.valueOf(!settings.username().isEmpty()));
        switch (settings.security()) {
            case NONE -> {
            }
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                // Without this, a server (or someone in between) that does not offer STARTTLS gets the password in clear.
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        if (tls != null) {
            p.put("mail.smtp.ssl.socketFactory", tls);
        }
        // Otherwise a failed TLS handshake is retried with the JDK's factory, and the reported error is that retry's.
        p.setProperty("mail.smtp.socketFactory.fallback", "false");
        return p;
    }

    /**
     * One line for the log: the server, the mail library's account of what failed, and the root cause beneath it
     * ("Connection refused", "Read timed out", a certificate's problem), which the library's own message often
     * leaves out. The password is masked should a server ever echo it.
     */
    private String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String line = "Could not email the moderators through " + settings.host() + ":" + settings.port() + " ("
                + settings.security() + "): " + render(e) + (root == e ? "" : ": " + render(root));
        if (!settings.password().isEmpty()) {
            line = line.replace(settings.password(), "********");
        }
        return line.length() <= MAX_LOG_MESSAGE ? line : line.substring(0, MAX_LOG_MESSAGE) + "…";
    }

    /** The mail library's messages read alone; "UnknownHostException: smtp.example.org" needs its type. */
    private static String render(Throwable t) {
        String message = t.getMessage() == null ? "" : oneLine(t.getMessage());
        if (t instanceof MessagingException && !message.isEmpty()) {
            return message;
        }
        return message.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }

    /** The beginning of a comment, counted in characters (code points), not in Java's UTF-16 units. */
    private static String excerpt(String text) {
        String line = oneLine(text);
        if (line.codePointCount(0, line.length()) <= EXCERPT_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT_LENGTH)).stripTrailing() + "…";
    }

    /** Line breaks, other control characters and runs of spaces become one space. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    }

    /** A failed goodbye changes nothing: the message was delivered, or its failure is already being reported. */
    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // Nothing to add to what the caller learns.
        }
    }
}
