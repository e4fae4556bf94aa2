package org.vistka.web;

import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * A request that cannot be answered as asked, with the status and the sentence the reader sees. Thrown from
 * handlers; {@link App} turns it into an HTML error page, or into problem details for a script that asked for JSON.
 * Immutable.
 */
public final class HttpProblem extends RuntimeException {
    private final HttpStatus status;
    private final Duration retryAfter;

    public HttpProblem(HttpStatus status, String message) {
        this(status, message, null);
    }

    private HttpProblem(HttpStatus status, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static HttpProblem notFound() {
        return new HttpProblem(HttpStatus.NOT_FOUND, "There is no page at this address. It may have moved, or the link may be mistyped.");
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(HttpStatus.BAD_REQUEST, message);
    }

    /** A body over its path's limit, refused before (or as soon as) it passes the limit. */
    static HttpProblem tooLarge() {
        return tooLarge("What you sent is larger than this address takes, so it was not read. Shorten the text "
                + "or choose a smaller file, then send it again.");
    }

    /** A body over its path's limit, with the path's own words for it. */
    static HttpProblem tooLarge(String message) {
        return new HttpProblem(HttpStatus.CONTENT_TOO_LARGE, message);
    }

    static HttpProblem tooSlow() {
        return new HttpProblem(HttpStatus.REQUEST_TIMEOUT, "What you sent arrived too slowly, so it was not read. Please send it again.");
    }

    static HttpProblem busy() {
        return new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "The site is very busy. Please wait a few seconds and send it again.",
                BackgroundRequests.LONGEST_WAIT);
    }

    static HttpProblem failed() {
        return new HttpProblem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again in a moment.");
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

    public HttpStatus status() {
        return status;
    }

    /** How long the reader should wait before sending again, or null when waiting would not help. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
