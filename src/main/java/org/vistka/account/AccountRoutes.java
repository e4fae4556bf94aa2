package org.vistka.account;

import java.util.List;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import org.vistka.web.App;
import org.vistka.web.Html;
import org.vistka.web.TextInput;

/** Signing in and out of the newsroom, and a member's own account page. */
public final class AccountRoutes implements org.vistka.web.Routes {
    private final SignIn signIn;
    private final SessionStore sessions;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final NewsroomGuard guard;
    private final NewsroomFrame frame;
    private final Html html;

    public AccountRoutes(SignIn signIn, SessionStore sessions, AccountStore accounts, PasswordHasher hasher,
                         PasswordPolicy policy, AuditLog audit, NewsroomGuard guard, NewsroomFrame frame, Html html) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.guard = guard;
        this.frame = frame;
        this.html = html;
    }

    /** Passwords are hashed here: Argon2's work runs at background priority, off the threads that serve readers. */
    @Override
    public List<String> backgroundPosts() {
        return List.of("/newsroom/sign-in/", "/newsroom/account/password/");
    }

    @Override
    public void register(RoutesConfig routes) {
        App.page(routes, "/newsroom/sign-in/", ctx -> showSignIn(ctx, "", null, 200));
        routes.post("/newsroom/sign-in/", this::signIn);
        routes.post("/newsroom/sign-out/", this::signOut);
        App.page(routes, "/newsroom/account/", ctx -> showAccount(ctx, null));
        routes.post("/newsroom/account/password/", this::changePassword);
        routes.post("/newsroom/account/sign-out-everywhere/", this::signOutEverywhere);
    }

    private void showSignIn(Context ctx, String email, String refusal, int status) {
        ctx.status(status);
        html.render(ctx, "account/signIn.jte", new SignInPage(frame.layout(ctx, "Sign in", guard.formToken(ctx)),
                email, refusal, safeNext(ctx.queryParam("next"))));
    }

    private void signIn(Context ctx) {
        String email = TextInput.singleLine(ctx.formParam("email"));
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        if (email.isEmpty() || password.isEmpty() || email.length() > 254 || password.length() > 1024) {
            showSignIn(ctx, email, "Enter your email address and your password.", 400);
            return;
        }
        SignIn.Outcome outcome;
        try {
            outcome = signIn.attempt(email, password, ctx.ip());
        } catch (HashingGate.Busy busy) {
            ctx.header(Header.RETRY_AFTER, busy.retryAfterSeconds());
            showSignIn(ctx, email, busy.getMessage(), HttpStatus.SERVICE_UNAVAILABLE.getCode());
            return;
        }
        if (!outcome.succeeded()) {
            if (outcome.throttled()) {
                ctx.header(Header.RETRY_AFTER, SignIn.retryAfter(outcome.retryIn()));
            }
            showSignIn(ctx, email, outcome.refusal(), outcome.throttled() ? 429 : 401);
            return;
        }
        guard.startSession(ctx, outcome.sessionToken());
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        SignedIn signedIn = NewsroomGuard.signedIn(ctx);
        sessions.end(signedIn.tokenHash());
        guard.endSession(ctx);
        ctx.redirect("/newsroom/sign-in/", HttpStatus.SEE_OTHER);
    }

    private void showAccount(Context ctx, String problem) {
        showAccount(ctx, problem, problem == null ? 200 : 400);
    }

    private void showAccount(Context ctx, String problem, int status) {
        SignedIn signedIn = NewsroomGuard.signedIn(ctx);
        ctx.status(status);
        html.render(ctx, "account/account.jte", new AccountPage(frame.layout(ctx, "Your account"), signedIn.account(), problem));
    }

    private void changePassword(Context ctx) {
        SignedIn signedIn = NewsroomGuard.signedIn(ctx);
        String fresh = ctx.formParam("password");
        try {
            var current = signIn.checkOwnPassword(signedIn.account(), ctx.formParam("current"), ctx.ip());
            if (current.mustWait()) {
                ctx.header(Header.RETRY_AFTER, SignIn.retryAfter(current.retryIn()));
                showAccount(ctx, SignIn.tooMany(current.retryIn()), HttpStatus.TOO_MANY_REQUESTS.getCode());
                return;
            }
            if (!current.right()) {
                showAccount(ctx, "Your current password was not right.");
                return;
            }
            var problem = policy.problem(fresh == null ? "" : fresh, signedIn.account().email());
            if (problem.isPresent()) {
                showAccount(ctx, problem.get());
                return;
            }
            accounts.setPasswordHash(signedIn.account().id(), hasher.hash(fresh));
        } catch (HashingGate.Busy busy) {
            ctx.header(Header.RETRY_AFTER, busy.retryAfterSeconds());
            showAccount(ctx, busy.getMessage(), HttpStatus.SERVICE_UNAVAILABLE.getCode());
            return;
        }
        sessions.endAll(signedIn.account().id());
        guard.startSession(ctx, sessions.start(signedIn.account().id()));
        audit.record(signedIn.account().id(), "password-changed", "account", signedIn.account().id(), "changed their password");
        ctx.redirect("/newsroom/account/?done=password", HttpStatus.SEE_OTHER);
    }

    private void signOutEverywhere(Context ctx) {
        SignedIn signedIn = NewsroomGuard.signedIn(ctx);
        sessions.endAll(signedIn.account().id());
        guard.startSession(ctx, sessions.start(signedIn.account().id()));
        audit.record(signedIn.account().id(), "signed-out-everywhere", "account", signedIn.account().id(), "signed out on every browser");
        ctx.redirect("/newsroom/account/?done=signed-out-everywhere", HttpStatus.SEE_OTHER);
    }

    /** Only newsroom addresses are followed after sign-in, so the sign-in page cannot send anyone off-site. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/newsroom/") && !next.contains("//") && !next.contains("\\")
                && next.length() < 500 ? next : "/newsroom/";
    }
}
