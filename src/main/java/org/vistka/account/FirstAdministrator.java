package org.vistka.account;

import java.util.List;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vistka.settings.SettingsStore;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;

/**
 * The first-start page {@code /newsroom/setup/}: while the newsroom has no member, it creates the first
 * administrator for whoever gives the one-time code that the server printed in its log at start. Once a member
 * exists the page is gone (404). The code's hash is kept in the database, so any node accepts it. Thread-safe.
 */
public final class FirstAdministrator implements Routes {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String SETTING = "setup.code_hash";
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Jdbi jdbi;
    private final AccountStore accounts;
    private final Members members;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final NewsroomGuard guard;
    private final NewsroomFrame frame;
    private final Html html;

    public FirstAdministrator(Jdbi jdbi, AccountStore accounts, Members members, SessionStore sessions, AuditLog audit,
                              NewsroomGuard guard, NewsroomFrame frame, Html html) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.members = members;
        this.sessions = sessions;
        this.audit = audit;
        this.guard = guard;
        this.frame = frame;
        this.html = html;
    }

    /** At start: when there is no member yet, issues a new one-time code and prints it in the log. */
    public void issueCodeIfNeeded(String setupUrl) {
        if (!accounts.isEmpty()) {
            return;
        }
        String code = newCode();
        jdbi.useHandle(h -> SettingsStore.put(h, SETTING, Tokens.sha256(code)));
        log.warn("event=setup-needed message=\"No newsroom member exists yet: open {} and give the one-time code {}\"", setupUrl, code);
    }

    /** Passwords are hashed here: Argon2's work runs at background priority, off the threads that serve readers. */
    @Override
    public List<String> backgroundPosts() {
        return List.of("/newsroom/setup/");
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/setup/", ctx -> show(ctx, "", "", null, 200));
        routes.post("/newsroom/setup/", this::create);
    }

    private void show(Context ctx, String email, String name, String problem, int status) {
        if (!accounts.isEmpty()) {
            throw HttpProblem.notFound();
        }
        ctx.status(status);
        html.render(ctx, "account/setup.jte", new SetupPage(frame.layout(ctx, "Set up the newsroom",
                guard.formToken(ctx)), email, name, problem));
    }

    private void create(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        String stored = jdbi.withHandle(h -> h.createQuery("SELECT value FROM setting WHERE name = :name")
                .bind("name", SETTING).mapTo(String.class).findOne().orElse(null));
        String code = ctx.formParam("code") == null ? "" : ctx.formParam("code").strip().toUpperCase();
        if (stored == null || !Tokens.same(stored, Tokens.sha256(code))) {
            show(ctx, email, name, "That is not the one-time code from the server's log.", 403);
            return;
        }
        try {
            Account admin = members.add(email, name, Role.ADMINISTRATOR, ctx.formParam("password"));
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM setting WHERE name = :name").bind("name", SETTING).execute());
            audit.record(admin.id(), "member-created", "account", admin.id(), "set up the newsroom as its first administrator");
            guard.startSession(ctx, sessions.start(admin.id()));
            ctx.redirect("/newsroom/", HttpStatus.SEE_OTHER);
        } catch (Members.MemberProblem e) {
            show(ctx, email, name, e.getMessage(), 400);
        } catch (HashingGate.Busy busy) {
            ctx.header(Header.RETRY_AFTER, busy.retryAfterSeconds());
            show(ctx, email, name, busy.getMessage(), HttpStatus.SERVICE_UNAVAILABLE.getCode());
        }
    }

    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            if (i % 4 == 3 && i < 11) {
                code.append('-');
            }
        }
        return code.toString();
    }
}
