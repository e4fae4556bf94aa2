package org.vistka.web;

import io.javalin.http.Context;

/** Renders the page a reader sees when a request fails: the site's layout, the reason, and ways to go on. */
public interface ErrorPages {
    void render(Context ctx, int status, String message);
}
