package org.vistka.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.vistka.web.HttpProblem;
import org.vistka.web.Routes;
import org.vistka.web.HeaderNames;

/**
 * Stands before every {@code /newsroom/} request: finds the signed-in member from the session cookie, sends
 * strangers to the sign-in page, refuses any POST whose form token does not match (CSRF), and keeps newsroom
 * pages out of caches and search engines. Handlers then ask {@link #require} for the permission they need, so the
 * server checks every permission on every request. Thread-safe.
 */
public final class NewsroomGuard implements Routes {
    static final String SESSION_COOKIE = "vistka_session";
    static final String FORM_COOKIE = "vistka_form";
    private static final String ATTRIBUTE = "vistka.signedIn";
    private static final String PATH = "/newsroom/";
    /** A cookie's max-age that makes it last until the browser closes. */
    private static final int UNTIL_CLOSED = -1;
    private static final Set<String> OPEN_PATHS = Set.of("/newsroom/sign-in/", "/newsroom/setup/");

    private final SessionStore sessions;
    private final boolean https;

    public NewsroomGuard(SessionStore sessions, boolean https) {
        this.sessions = sessions;
        this.https = https;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    private void check(Context ctx) {
        String path = ctx.path();
        if (!path.startsWith("/newsroom/") && !path.equals("/newsroom")) {
            return;
        }
        ctx.header(Header.CACHE_CONTROL, "no-store");
        ctx.header(HeaderNames.X_ROBOTS_TAG, "noindex, nofollow");
        SignedIn signedIn = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        ctx.attribute(ATTRIBUTE, signedIn);
        // A stranger is sent to sign in before any of their body is read: reading the token of an upload would mean
        // reading the whole upload, and a stranger's token proves nothing (it only has to match their own cookie).
        if (signedIn == null && !OPEN_PATHS.contains(path)) {
            ctx.redirect("/newsroom/sign-in/?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST")) {
            String expected = signedIn != null ? signedIn.csrfToken() : ctx.cookie(FORM_COOKIE);
            if (!Tokens.same(expected, ctx.formParam("_csrf"))) {
                throw new HttpProblem(HttpStatus.FORBIDDEN, "This form has expired or did not come from this site. Go back, reload the page and try again.");
            }
        }
    }

    /** The signed-in member of this request, or null on the open pages. */
    public static SignedIn signedIn(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The signed-in member, who must hold {@code permission}: otherwise the request ends with 403. */
    public static SignedIn require(Context ctx, Permission permission) {
        SignedIn signedIn = signedIn(ctx);
        if (signedIn == null) {
            throw new HttpProblem(HttpStatus.FORBIDDEN, "Sign in first.");
        }
        if (!signedIn.can(permission)) {
            throw new HttpProblem(HttpStatus.FORBIDDEN, "Your role (" + signedIn.account().role().label() + ") does not allow this.");
        }
        return signedIn;
    }

    /**
     * The form token for pages that strangers may see (sign-in, setup): the session's when someone is signed in,
     * otherwise one kept in a cookie that the form must echo.
     */
    String formToken(Context ctx) {
        SignedIn signedIn = signedIn(ctx);
        if (signedIn != null) {
            return signedIn.csrfToken();
        }
        String token = ctx.cookie(FORM_COOKIE);
        if (token == null || token.length() != 43) {
            token = Tokens.random();
            setCookie(ctx, FORM_COOKIE, token, UNTIL_CLOSED, SameSite.STRICT);
        }
        return token;
    }

    void startSession(Context ctx, String token) {
        setCookie(ctx, SESSION_COOKIE, token, UNTIL_CLOSED, SameSite.LAX);
    }

    void endSession(Context ctx) {
        setCookie(ctx, SESSION_COOKIE, "", 0, SameSite.LAX);
    }

    private void setCookie(Context ctx, String name, String value, int maxAge, SameSite sameSite) {
        ctx.cookie(new Cookie(name, value, PATH, maxAge, https, true, null, sameSite));
    }
}
