package org.vistka.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The headers every response carries. The content policy allows only this site's own styles, scripts and
 * images, and no inline script or style at all, so an injected tag can neither run nor load anything.
 */
final class SecurityHeaders {
    private static final String POLICY = String.join("; ",
            "default-src 'none'", "style-src 'self'", "script-src 'self'", "img-src 'self'", "connect-src 'self'",
            "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'");

    /** Encoded once, as they go out with every page served from memory. */
    private final List<HttpField> fields = new ArrayList<>();

    SecurityHeaders(boolean https) {
        add(Header.CONTENT_SECURITY_POLICY, POLICY);
        add(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        add(Header.REFERRER_POLICY, "strict-origin-when-cross-origin");
        add(Header.X_FRAME_OPTIONS, "DENY");
        add(Header.CROSS_ORIGIN_OPENER_POLICY, "same-origin");
        add(Header.PERMISSIONS_POLICY, "camera=(), microphone=(), geolocation=(), payment=()");
        if (https) {
            add(Header.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        }
    }

    private void add(String name, String value) {
        fields.add(new PreEncodedHttpField(name, value));
    }

    void apply(Context ctx) {
        fields.forEach(field -> ctx.header(field.getName(), field.getValue()));
    }

    void apply(HttpFields.Mutable headers) {
        fields.forEach(headers::add);
    }
}
