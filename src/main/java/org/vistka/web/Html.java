package org.vistka.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/**
 * Renders the precompiled jte templates into responses. Each template takes one page record, so the
 * compiler checks what every page shows. Thread-safe.
 */
public final class Html {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} into a string, for a fragment sent inside JSON. */
    public String renderToString(String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        return new String(output.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Renders {@code template} (e.g. {@code "article/show.jte"}) with its page record as the response body. */
    public void render(Context ctx, String template, Object page) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(output.toByteArray());
    }
}
