package org.vistka.web;

import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

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

    /** A body over its path's limit, refused before (or as soon as) it passes the limit. */
    static HttpProblem tooLarge() {
        return new HttpProblem(413, "What you sent is larger than this address takes, so it was not read. Shorten the text "
                + "or choose a smaller file, then send it again.");
    }

    static HttpProblem tooSlow() {
        return new HttpProblem(408, "What you sent arrived too slowly, so it was not read. Please send it again.");
    }

    static HttpProblem busy() {
        return new HttpProblem(503, "The site is very busy. Please wait a few seconds and send it again.");
    }

    static HttpProblem failed() {
        return new HttpProblem(500, "Something went wrong on our side. Please try again in a moment.");
    }

    /**
     * The problem a failure reading a request stands for, wherever it is among the causes: ours first (Jetty wraps
     * it as a bad multipart form), else one Jetty raised on a request it could not read (a multipart form with too
     * many parts, a body below the minimum rate, a client silent for the idle timeout). Empty for a failure on our
     * side.
     */
    static Optional<HttpProblem> causing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpProblem problem) {
                return Optional.of(problem);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return Optional.of(tooSlow());
            }
            if (cause instanceof HttpException jetty && jetty.getCode() >= 400 && jetty.getCode() < 500) {
                return Optional.of(switch (jetty.getCode()) {
                    case 408 -> tooSlow();
                    case 413 -> tooLarge();
                    default -> badRequest("This request could not be read. Please go back, reload the page and try again.");
                });
            }
        }
        return Optional.empty();
    }

    public int status() {
        return status;
    }
}
