package org.vistka.comment;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.settings.SettingsStore;

/**
 * Tells moderators by email about comments newly held for moderation, in one message per run (a background job
 * every minute or so), never while a reader waits for their comment to be accepted. The last comment announced is
 * remembered in the database and claimed with a conditional update, so with several nodes only one sends.
 */
public final class HeldCommentMailer implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(HeldCommentMailer.class);
    private static final String MARK = "comment.notified_up_to";

    private final Jdbi jdbi;
    private final SmtpSettingsStore smtp;
    private final SettingsStore site;
    private final String queueUrl;

    public HeldCommentMailer(Jdbi jdbi, SmtpSettingsStore smtp, SettingsStore site, String queueUrl) {
        this.jdbi = jdbi;
        this.smtp = smtp;
        this.site = site;
        this.queueUrl = queueUrl;
    }

    @Override
    public void run() {
        SmtpSettings settings = smtp.load();
        if (!settings.isConfigured()) {
            return;
        }
        Optional<Batch> batch = claim();
        if (batch.isEmpty()) {
            return;
        }
        try {
            new ModeratorMail(settings, site.site().name(), queueUrl).heldComments(batch.get().notices());
            log.info("event=moderators-notified comments={}", batch.get().notices().size());
        } catch (MailFailure e) {
            log.warn("event=moderator-mail-failed message=\"{}\"", e.getMessage());
        }
    }

    /** The held comments not yet announced, claimed for this run; empty when there are none or another node took them. */
    Optional<Batch> claim() {
        return jdbi.inTransaction(h -> {
            String mark = h.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", MARK).mapTo(String.class).findOne().orElse(null);
            long last = mark == null ? -1 : Long.parseLong(mark);
            if (mark == null) {
                // A site that turns mail on is told about comments held from then on, not about its whole history.
                long newest = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM comment").mapTo(Long.class).one();
                h.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                        .bind("name", MARK).bind("value", String.valueOf(newest)).execute();
                return Optional.<Batch>empty();
            }
            List<Row> rows = h.createQuery("""
                            SELECT c.id, a.title, c.author_name, c.body_text, c.reasons FROM comment c JOIN article a ON a.id = c.article_id
                            WHERE c.status = 'pending' AND c.id > :last ORDER BY c.id LIMIT 100""")
                    .bind("last", last)
                    .map((rs, ctx) -> new Row(rs.getLong("id"), new HeldNotice(rs.getString("title"), rs.getString("author_name"),
                            rs.getString("body_text"), rs.getString("reasons").replace("\n", " "))))
                    .list();
            if (rows.isEmpty()) {
                return Optional.<Batch>empty();
            }
            long newest = rows.getLast().id();
            int claimed = h.createUpdate("UPDATE setting SET value = :newest WHERE name = :name AND value = :last")
                    .bind("newest", String.valueOf(newest)).bind("name", MARK).bind("last", mark).execute();
            return claimed == 1 ? Optional.of(new Batch(rows.stream().map(Row::notice).toList())) : Optional.<Batch>empty();
        });
    }

    record Batch(List<HeldNotice> notices) {
    }

    private record Row(long id, HeldNotice notice) {
    }
}
