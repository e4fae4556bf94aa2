package org.vistka.web;

import io.javalin.http.Context;

/**
 * The headers every response carries. The content policy allows only this site's own styles, scripts and
 * images, and no inline script or style at all, so an injected tag can neither run nor load anything.
 */
final class SecurityHeaders {
    private static final String POLICY = String.join("; ",
            "default-src 'none'", "style-src 'self'", "script-src 'self'", "img-src 'self'", "connect-src 'self'",
            "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'");

    private final boolean https;

    SecurityHeaders(boolean https) {
        this.https = https;
    }

    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
