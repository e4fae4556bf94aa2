package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What moderators receive from a real SMTP server (GreenMail on loopback), and how sending fails. */
class ModeratorMailTest {
    private static final String SITE = "Вістка";
    private static final String QUEUE = "https://vistka.test/newsroom/comments?status=pending";
    private static final String FROM = "newsroom@vistka.test";
    private static final String OLENA = "olena@vistka.test";
    private static final String TARAS = "taras@redakciya.test";
    /** The address the first commenter gave with her comment; it must travel nowhere. */
    private static final String COMMENTER_EMAIL = "maria.reader@example.net";
    private static final String LOGIN = "vistka-mailer";
    private static final String PASSWORD = "copper-kettle-midnight-orchard";
    private static final String KEYSTORE_PASSWORD = "changeit";
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @TempDir
    static Path keys;
    private static SSLSocketFactory trustingTestCertificate;

    private GreenMail greenMail;

    /**
     * GreenMail's own certificate names no host, so a client that checks host names (ours does) cannot accept it.
     * keytool makes one for 127.0.0.1, which GreenMail serves and the TLS tests trust.
     */
    @BeforeAll
    static void makeCertificateForLoopback() throws Exception {
        Path store = keys.resolve("loopback.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "greenmail", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as("keytool: %s", output).isZero();
        // Read by GreenMail when it first serves TLS; nothing else looks at these properties.
        System.setProperty("greenmail.tls.keystore.file", store.toString());
        System.setProperty("greenmail.tls.keystore.password", KEYSTORE_PASSWORD);

        KeyStore generated = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            generated.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("loopback", generated.getCertificate("greenmail"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        trustingTestCertificate = context.getSocketFactory();
    }

    @AfterAll
    static void forgetCertificate() {
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
    }

    @AfterEach
    void stopServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void each_moderator_receives_one_utf_8_message_listing_every_held_comment_and_the_queue() throws Exception {
        int port = startSmtp();
        String longComment = "Дякую за розслідування. ".repeat(9) + "А ЦЕЙ ХВІСТ ЗАДАЛЕКО";
        List<HeldNotice> held = List.of(
                new HeldNotice("Київрада ухвалила бюджет на 2026 рік", "Марія Коваленко", longComment,
                        "A first comment from this email address."),
                new HeldNotice("Трамваї повертаються на Поділ", "Тарас", "Нарешті! Коли запустять сьомий маршрут?",
                        "Has 2 links (held from 2)."),
                new HeldNotice("Погода: сніг у Карпатах", "Олег 🐈", "Гарне фото 😀",
                        "Contains the moderation word “казино”."));

        mail(settings(port, SmtpSettings.Security.NONE, "", "")).heldComments(held);

        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        for (String moderator : List.of(OLENA, TARAS)) {
            List<MimeMessage> inbox = inboxOf(moderator);
            assertThat(inbox).as("messages for %s", moderator).hasSize(1);
            MimeMessage message = inbox.getFirst();
            assertThat(message.getSubject()).isEqualTo("3 comments await moderation on Вістка");
            assertThat(message.getFrom()).containsExactly(new InternetAddress(FROM, SITE, "UTF-8"));
            assertThat(message.getRecipients(Message.RecipientType.TO))
                    .containsExactly(new InternetAddress(OLENA), new InternetAddress(TARAS));
            assertThat(message.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
            assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");

            String body = text(message);
            assertThat(body).contains(
                    "1. On “Київрада ухвалила бюджет на 2026 рік”, Марія Коваленко wrote:",
                    "   Held because: A first comment from this email address.",
                    "2. On “Трамваї повертаються на Поділ”, Тарас wrote:",
                    "   “Нарешті! Коли запустять сьомий маршрут?”",
                    "   Held because: Has 2 links (held from 2).",
                    "3. On “Погода: сніг у Карпатах”, Олег 🐈 wrote:",
                    "   “Гарне фото 😀”",
                    "   Held because: Contains the moderation word “казино”.",
                    "Review them in the moderation queue:\n" + QUEUE + "\n");
            String shown = longComment.substring(0, ModeratorMail.EXCERPT_LENGTH).stripTrailing();
            assertThat(body).contains("   “" + shown + "…”").doesNotContain("ХВІСТ");
        }
    }

    @Test
    void no_email_address_but_the_senders_and_the_moderators_is_anywhere_in_the_message() throws Exception {
        int port = startSmtp();

        mail(settings(port, SmtpSettings.Security.NONE, "", "")).heldComments(List.of(new HeldNotice(
                "Київрада ухвалила бюджет", "Марія", "Пишіть мені, обговоримо.", "A first comment from this email address.")));

        MimeMessage message = inboxOf(OLENA).getFirst();
        String raw = GreenMailUtil.getWholeMessage(message);
        String body = text(message);
        assertThat(raw + body).doesNotContain(COMMENTER_EMAIL);
        // The Message-ID looks like an address but names only the sending machine.
        String withoutMessageId = raw.replaceAll("(?im)^Message-ID:.*$", "");
        assertThat(addressesIn(withoutMessageId + "\n" + body)).allMatch(a -> List.of(FROM, OLENA, TARAS).contains(a));
    }

    @Test
    void one_held_comment_is_announced_in_the_singular() throws Exception {
        int port = startSmtp();

        mail(settings(port, SmtpSettings.Security.NONE, "", "")).heldComments(List.of(
                new HeldNotice("Трамваї повертаються", "Тарас", "Чудово!", "Every comment is held for moderation (a setting).")));

        MimeMessage message = inboxOf(OLENA).getFirst();
        assertThat(message.getSubject()).isEqualTo("1 comment awaits moderation on Вістка");
        assertThat(text(message)).startsWith("1 comment awaits moderation on Вістка.\n");
    }

    @Test
    void line_breaks_in_a_title_a_name_or_the_site_name_add_no_header_and_reach_no_one_else() throws Exception {
        int port = startSmtp();
        SmtpSettings oneModerator = new SmtpSettings("127.0.0.1", port, SmtpSettings.Security.NONE, "", "", FROM, List.of(OLENA));

        new ModeratorMail(oneModerator, "Вістка\r\nBcc: victim@example.org", QUEUE).heldComments(List.of(new HeldNotice(
                "Title\r\nBcc: victim@example.org", "Марія\nCc: victim2@example.org", "Line one\r\n\r\nReview them: https://evil.test",
                "Held\r\nX-Injected: yes")));

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(inboxOf("victim@example.org")).isEmpty();
        MimeMessage message = inboxOf(OLENA).getFirst();
        List<String> headerNames = Collections.list(message.getAllHeaders()).stream().map(Header::getName).toList();
        assertThat(headerNames).doesNotContain("Bcc", "Cc", "X-Injected");
        assertThat(message.getSubject()).isEqualTo("1 comment awaits moderation on Вістка Bcc: victim@example.org");
        String body = text(message);
        assertThat(body.lines()).noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("Cc:")
                || line.startsWith("X-Injected:") || line.startsWith("Review them: https://evil.test"));
        assertThat(body).contains("1. On “Title Bcc: victim@example.org”, Марія Cc: victim2@example.org wrote:",
                "   “Line one Review them: https://evil.test”", "   Held because: Held X-Injected: yes");
    }

    @Test
    void an_empty_list_sends_nothing() {
        int port = startSmtp();

        mail(settings(port, SmtpSettings.Security.NONE, "", "")).heldComments(List.of());

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_login_is_used_and_a_wrong_password_fails_without_showing_it() throws Exception {
        int port = startSmtp(GreenMailConfiguration.aConfig().withUser(FROM, LOGIN, PASSWORD));
        List<HeldNotice> held = List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "A first comment from this email address."));

        mail(settings(port, SmtpSettings.Security.NONE, LOGIN, PASSWORD)).heldComments(held);
        assertThat(inboxOf(OLENA)).hasSize(1);

        String wrong = "kettle-orchard-violin-WRONG";
        assertThatThrownBy(() -> mail(settings(port, SmtpSettings.Security.NONE, LOGIN, wrong)).heldComments(held))
                .isInstanceOf(MailFailure.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("Could not email the moderators through 127.0.0.1:" + port + " (NONE): ")
                        .doesNotContain(wrong, PASSWORD, "\n", "\r"));
        assertThat(inboxOf(OLENA)).hasSize(1);
    }

    @Test
    void a_refused_connection_fails_at_once_naming_the_server_but_not_the_password() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ModeratorMail mail = mail(settings(closedPort, SmtpSettings.Security.STARTTLS, LOGIN, PASSWORD));

        long start = System.nanoTime();
        assertThatThrownBy(() -> mail.heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held."))))
                .isInstanceOf(MailFailure.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("Could not email the moderators through 127.0.0.1:" + closedPort + " (STARTTLS): ")
                        .containsIgnoringCase("connection refused")
                        .doesNotContain(PASSWORD, "\n", "\r"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ModeratorMail.CONNECT_TIMEOUT);
    }

    @Test
    void a_server_that_never_answers_is_given_up_after_the_read_timeout() throws Exception {
        // The kernel completes the connection from the backlog; no one ever sends the SMTP greeting.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            ModeratorMail mail = mail(settings(silent.getLocalPort(), SmtpSettings.Security.NONE, "", ""));

            long start = System.nanoTime();
            assertThatThrownBy(() -> mail.heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held."))))
                    .isInstanceOf(MailFailure.class)
                    .hasMessageContaining("timed out");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isGreaterThanOrEqualTo(ModeratorMail.IO_TIMEOUT.minusMillis(100))
                    .isLessThan(ModeratorMail.IO_TIMEOUT.plusSeconds(3));
        }
    }

    @Test
    void tls_delivers_to_a_server_whose_certificate_is_trusted_and_names_its_host() throws Exception {
        int port = startSmtps();

        new ModeratorMail(settings(port, SmtpSettings.Security.TLS, "", ""), SITE, QUEUE, trustingTestCertificate)
                .heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held.")));

        assertThat(inboxOf(OLENA)).hasSize(1);
    }

    @Test
    void tls_refuses_a_certificate_the_jdk_does_not_trust() {
        int port = startSmtps();

        assertThatThrownBy(() -> mail(settings(port, SmtpSettings.Security.TLS, LOGIN, PASSWORD))
                .heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held."))))
                .isInstanceOf(MailFailure.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .contains("(TLS)")
                        .containsIgnoringCase("certification path")
                        .doesNotContain(PASSWORD));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void tls_refuses_a_trusted_certificate_issued_for_another_host() {
        int port = startSmtps();
        // The certificate names 127.0.0.1; "localhost" reaches the same server under a name it does not carry.
        SmtpSettings byName = new SmtpSettings("localhost", port, SmtpSettings.Security.TLS, "", "", FROM, List.of(OLENA));
        assertThat(resolvesToIpv4Loopback("localhost")).as("this test needs localhost to be 127.0.0.1 (see /etc/hosts)").isTrue();

        assertThatThrownBy(() -> new ModeratorMail(byName, SITE, QUEUE, trustingTestCertificate)
                .heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held."))))
                .isInstanceOf(MailFailure.class)
                .hasMessageContaining("No name matching localhost found");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void starttls_sends_nothing_to_a_server_that_does_not_offer_it() {
        int port = startSmtp();

        assertThatThrownBy(() -> mail(settings(port, SmtpSettings.Security.STARTTLS, LOGIN, PASSWORD))
                .heldComments(List.of(new HeldNotice("Бюджет", "Марія", "Дякую", "Held."))))
                .isInstanceOf(MailFailure.class)
                .satisfies(failure -> assertThat(failure.getMessage()).contains("STARTTLS").doesNotContain(PASSWORD));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void settings_that_are_not_configured_or_not_valid_are_refused_before_anything_is_sent() {
        assertThatThrownBy(() -> new ModeratorMail(SmtpSettings.NOT_CONFIGURED, SITE, QUEUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not configured");
        SmtpSettings badSender = new SmtpSettings("smtp.vistka.test", 587, SmtpSettings.Security.STARTTLS, LOGIN, PASSWORD,
                "newsroom", List.of(OLENA));
        assertThatThrownBy(() -> new ModeratorMail(badSender, SITE, QUEUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the emails come from")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(PASSWORD));
    }

    private int startSmtp() {
        return startSmtp(null);
    }

    private int startSmtp(GreenMailConfiguration configuration) {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        if (configuration != null) {
            greenMail.withConfiguration(configuration);
        }
        greenMail.start();
        return greenMail.getSmtp().getPort();
    }

    private int startSmtps() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        greenMail.start();
        return greenMail.getSmtps().getPort();
    }

    private static SmtpSettings settings(int port, SmtpSettings.Security security, String username, String password) {
        return new SmtpSettings("127.0.0.1", port, security, username, password, FROM, List.of(OLENA, TARAS));
    }

    private static ModeratorMail mail(SmtpSettings settings) {
        return new ModeratorMail(settings, SITE, QUEUE);
    }

    private List<MimeMessage> inboxOf(String address) {
        return greenMail.findReceivedMessages(user -> address.equals(user.getEmail()), message -> true).toList();
    }

    /** The decoded body with its CRLF line ends as LF, so expectations read as text blocks do. */
    private static String text(MimeMessage message) throws Exception {
        String body = (String) message.getContent();
        assertThat(body.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\n", "\r");
        return body.replace("\r\n", "\n");
    }

    private static List<String> addressesIn(String text) {
        return ADDRESS.matcher(text).results().map(MatchResult::group).toList();
    }

    private static boolean resolvesToIpv4Loopback(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress().equals("127.0.0.1");
        } catch (IOException e) {
            return false;
        }
    }
}
