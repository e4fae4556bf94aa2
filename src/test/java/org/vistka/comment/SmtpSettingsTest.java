package org.vistka.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mail settings an editor may save, the sentence they read when they may not, and what is saved. */
class SmtpSettingsTest {
    private static final String PASSWORD = "copper-kettle-midnight-orchard";

    @ParameterizedTest(name = "[{index}] {7}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", value = {
            // host            | port    | security   | user   | password | from                   | to                                        | problem
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | secret   | newsroom@vistka.test   | olena@vistka.test                         | \"\"",
            "smtp.vistka.test  | 465     | tls        | mailer | secret   | newsroom@vistka.test   | olena@vistka.test, taras@redakciya.test   | \"\"",
            "127.0.0.1         | 25      | none       | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | \"\"",
            "[::1]             | 25      | NONE       | \"\"   | \"\"     | newsroom@vistka.test   | o'brien+news@vistka.test,                 | \"\"",
            "\"\"              | 587     | STARTTLS   | \"\"   | \"\"     | \"\"                   | \"\"                                      | \"\"",
            "NULL              | NULL    | NULL       | NULL   | NULL     | NULL                   | NULL                                      | \"\"",
            "\"\"              | 587     | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Give the mail server's host name, such as smtp.example.org, or empty every mail field to send no email.",
            "smtp vistka.test  | 587     | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Give the mail server's host name without spaces, such as smtp.example.org.",
            "smtp.вістка.test  | 587     | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Give the mail server's host name without spaces, such as smtp.example.org.",
            "smtp.vistka.test  | 0       | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.",
            "smtp.vistka.test  | 65536   | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.",
            "smtp.vistka.test  | 65535   | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | \"\"",
            "smtp.vistka.test  | 1       | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | \"\"",
            "smtp.vistka.test  | -1      | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.",
            "smtp.vistka.test  | 5 87    | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.",
            "smtp.vistka.test  | \"\"    | STARTTLS   | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.",
            "smtp.vistka.test  | 587     | SSL        | \"\"   | \"\"     | newsroom@vistka.test   | olena@vistka.test                         | Choose how the connection is protected: none, STARTTLS or TLS.",
            "smtp.vistka.test  | 587     | STARTTLS   | \"\"   | secret   | newsroom@vistka.test   | olena@vistka.test                         | Give the user name that goes with the password.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom                | olena@vistka.test                        | Give the address the emails come from, such as newsroom@example.org.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | Вістка <news@vistka.test> | olena@vistka.test                     | Give the address the emails come from, such as newsroom@example.org.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | news@localhost         | olena@vistka.test                         | Give the address the emails come from, such as newsroom@example.org.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | \"\"                                      | Give at least one moderator's address, such as editor@example.org.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | \" , ,\"                                  | Give at least one moderator's address, such as editor@example.org.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | olena@vistka.test; taras@redakciya.test   | “olena@vistka.test; taras@redakciya.test” is not an email address: give addresses such as editor@example.org, separated by commas.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | olena@vistka.test, тарас@редакція.test    | “тарас@редакція.test” is not an email address: give addresses such as editor@example.org, separated by commas.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | olena@@vistka.test                        | “olena@@vistka.test” is not an email address: give addresses such as editor@example.org, separated by commas.",
            "smtp.vistka.test  | 587     | STARTTLS   | mailer | \"\"     | newsroom@vistka.test   | .olena@vistka.test                        | “.olena@vistka.test” is not an email address: give addresses such as editor@example.org, separated by commas."})
    void form_values_are_accepted_or_refused_with_a_sentence(String host, String port, String security, String username,
                                                            String password, String from, String to, String problem) {
        assertThat(SmtpSettings.problem(host, port, security, username, password, from, to).orElse("")).isEqualTo(problem);
    }

    @Test
    void line_breaks_in_the_user_name_or_password_are_refused_without_quoting_the_password() {
        String typed = "kettle\r\nRSET";
        assertThat(SmtpSettings.problem("smtp.vistka.test", "587", "STARTTLS", "mailer", typed, "newsroom@vistka.test",
                "olena@vistka.test")).contains("Give the user name and the password on one line each.");
        assertThat(SmtpSettings.problem("smtp.vistka.test", "587", "STARTTLS", "mailer\nAUTH", "", "newsroom@vistka.test",
                "olena@vistka.test")).contains("Give the user name and the password on one line each.");
        assertThat(SmtpSettings.problem("smtp.vistka.test\r\nQUIT", "587", "STARTTLS", "", "", "newsroom@vistka.test",
                "olena@vistka.test")).contains("Give the mail server's host name without spaces, such as smtp.example.org.");
    }

    @Test
    void a_wrong_address_is_quoted_short_enough_to_read() {
        String pasted = "Дорогі модератори ось мої адреси " + "дуже довгий текст ".repeat(10);
        assertThat(SmtpSettings.problem("smtp.vistka.test", "587", "NONE", "", "", "newsroom@vistka.test", pasted))
                .hasValueSatisfying(problem -> assertThat(problem).hasSizeLessThan(200).contains("…”"));
    }

    @Test
    void parsing_trims_the_fields_but_not_the_password_and_lists_each_moderator_once() {
        SmtpSettings settings = SmtpSettings.parse(" smtp.vistka.test ", " 465 ", "tls", " mailer ", " " + PASSWORD + " ",
                " newsroom@vistka.test ", "olena@vistka.test, taras@redakciya.test,,olena@vistka.test ,");

        assertThat(settings).isEqualTo(new SmtpSettings("smtp.vistka.test", 465, SmtpSettings.Security.TLS, "mailer",
                " " + PASSWORD + " ", "newsroom@vistka.test", List.of("olena@vistka.test", "taras@redakciya.test")));
        assertThat(settings.isConfigured()).isTrue();
    }

    @Test
    void a_form_with_every_mail_field_empty_turns_moderator_email_off() {
        SmtpSettings settings = SmtpSettings.parse("", "587", "STARTTLS", "", "", "", "");

        assertThat(settings).isEqualTo(SmtpSettings.NOT_CONFIGURED);
        assertThat(settings.isConfigured()).isFalse();
    }

    @Test
    void parsing_a_form_with_a_problem_throws_that_problems_sentence() {
        assertThatThrownBy(() -> SmtpSettings.parse("smtp.vistka.test", "99999", "STARTTLS", "", "", "newsroom@vistka.test",
                "olena@vistka.test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose a port from 1 to 65535: usually 587 for STARTTLS, 465 for TLS.");
    }

    @Test
    void the_password_never_shows_in_the_settings_text() {
        SmtpSettings withPassword = new SmtpSettings("smtp.vistka.test", 587, SmtpSettings.Security.STARTTLS, "mailer",
                PASSWORD, "newsroom@vistka.test", List.of("olena@vistka.test"));

        assertThat(withPassword.toString()).doesNotContain(PASSWORD).contains("password=(set)", "host=smtp.vistka.test",
                "username=mailer", "to=[olena@vistka.test]");
        assertThat(SmtpSettings.NOT_CONFIGURED.toString()).contains("password=(none)");
    }

    @Test
    void the_moderator_list_cannot_be_changed_after_the_settings_are_made() {
        List<String> moderators = new java.util.ArrayList<>(List.of("olena@vistka.test"));
        SmtpSettings settings = new SmtpSettings("smtp.vistka.test", 587, SmtpSettings.Security.STARTTLS, "", "",
                "newsroom@vistka.test", moderators);
        moderators.add("intruder@example.org");

        assertThat(settings.to()).containsExactly("olena@vistka.test");
        assertThatThrownBy(() -> settings.to().add("intruder@example.org")).isInstanceOf(UnsupportedOperationException.class);
    }
}
