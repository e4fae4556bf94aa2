package org.vistka.web;

/**
 * A request that cannot be answered as asked, with the status and the sentence the reader sees. Thrown from
 * handlers; {@link App} turns it into an HTML error page.
 */
public final class HttpProblem extends RuntimeException {
    private final int status;

    public HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static HttpProblem notFound() {
        return new HttpProblem(404, "There is no page at this address. It may have moved, or the link may be mistyped.");
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public int status() {
        return status;
    }
}
