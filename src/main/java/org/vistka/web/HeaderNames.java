package org.vistka.web;

/**
 * Names of the headers Vistka reads or writes that Javalin's {@link io.javalin.http.Header} has no constant for; every
 * other header name is taken from there. Constants only.
 */
public final class HeaderNames {
    /** Keeps a page out of search engines (the newsroom, share redirects), which robots.txt alone cannot. */
    public static final String X_ROBOTS_TAG = "X-Robots-Tag";
    /** The older name of {@code Sec-Purpose}, still sent by some browsers when they prefetch a link. */
    public static final String PURPOSE = "Purpose";

    private HeaderNames() {
    }
}
