package org.vistka.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Renders the page a reader sees when a request fails: the site's layout, the reason, and ways to go on. */
public interface ErrorPages {
    void render(Context ctx, HttpStatus status, String message);
}
