package org.vistka.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps every request body within its path's limit ({@link RequestLimits#FORM_BYTES}, or a feature's
 * {@link BodyLimit}) and keeps slow senders off Jetty's threads, in front of everything else.
 *
 * <ul>
 * <li>A body declared larger than its limit is never read: the request goes on marked, {@link #refuseIfMarked}
 * answers it with 413, and Jetty closes the connection.</li>
 * <li>A body of at most {@link RequestLimits#HELD_BYTES}, and any body that does not declare its length, is received
 * whole before any handler runs ({@link ReceivedBody}), so a sender that trickles a form holds no thread. It is
 * refused when it grows past its limit (or past {@link RequestLimits#HELD_BYTES}: a larger body must declare its
 * length), arrives slower than the minimum rate, or would take the bodies being received past
 * {@link RequestLimits#HELD_TOTAL}.</li>
 * <li>A larger one (an upload, whose length browsers always declare) is read by its handler as it arrives, by at most
 * {@link RequestLimits#STREAMED_AT_ONCE} at a time; Jetty reads no more than the length declared, and a body below
 * the minimum rate fails ({@link PacedBody}).</li>
 * </ul>
 * Thread-safe.
 */
final class RequestBodies extends Handler.Wrapper {
    private static final String REFUSAL = "vistka.refusal";

    private final List<BodyLimit> limits;
    private final DataRate.Minimum minimumRate;
    private final AtomicLong held = new AtomicLong();
    private final Semaphore streamed = new Semaphore(RequestLimits.STREAMED_AT_ONCE);

    RequestBodies(List<BodyLimit> limits, DataRate.Minimum minimumRate) {
        this.limits = Stream.concat(limits.stream(), Stream.of(BodyLimit.FORM)).toList();
        this.minimumRate = minimumRate;
    }

    /**
     * Ends the request with the refusal its body earned, if it earned one, before anything reads the body. Jetty
     * closes a connection whose request body is left unread, so the rest of it is never read either.
     */
    static void refuseIfMarked(Context ctx) {
        HttpProblem refusal = ctx.attribute(REFUSAL);
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = declared < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        BodyLimit rule = limitFor(Request.getPathInContext(request));
        long limit = rule.bytes().getAsLong();
        if (declared > limit) {
            return refuse(request, response, callback, HttpProblem.tooLarge(rule.refusal().apply(limit)));
        }
        if (chunked || declared <= RequestLimits.HELD_BYTES) {
            // A body that does not say its length is held whole, so it can be no larger than a held body.
            HttpProblem tooLarge = limit <= RequestLimits.HELD_BYTES ? HttpProblem.tooLarge(rule.refusal().apply(limit))
                    : HttpProblem.tooLarge();
            new ReceivedBody(request, Math.min(limit, RequestLimits.HELD_BYTES), tooLarge, minimumRate, this::hold,
                    body -> handleReceived(body, response, callback)).receive();
            return true;
        }
        if (!streamed.tryAcquire()) {
            return refuse(request, response, callback, HttpProblem.busy());
        }
        try {
            // Jetty reads no more than the length the request declares.
            boolean handled = super.handle(new PacedBody(request, minimumRate), response,
                    Callback.from(callback, () -> streamed.release()));
            if (!handled) {
                streamed.release();
            }
            return handled;
        } catch (Exception | Error e) {
            streamed.release();
            throw e;
        }
    }

    /** The first limit that covers {@code path}: a feature's, else a form's. */
    private BodyLimit limitFor(String path) {
        return limits.stream().filter(limit -> limit.covers(path)).findFirst().orElseThrow();
    }

    /** Counts {@code bytes} more as held; false, counting nothing, when that would pass the total. */
    private boolean hold(long bytes) {
        if (held.addAndGet(bytes) > RequestLimits.HELD_TOTAL) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    /**
     * Goes on with a body received whole, or with the refusal it earned; one that stopped arriving (the client is
     * gone, or silent for the idle timeout) is answered by Jetty alone. What the body holds is let go when the
     * request ends.
     */
    private void handleReceived(ReceivedBody.Outcome body, Response response, Callback callback) {
        Callback releasing = Callback.from(callback, () -> held.addAndGet(-body.heldBytes()));
        if (body.failure() != null) {
            Response.writeError(body.request(), response, releasing, HttpStatus.REQUEST_TIMEOUT_408, "The request stopped arriving.");
            return;
        }
        Request request = body.refusal() == null ? body.request() : marked(body.request(), body.refusal());
        try {
            if (!super.handle(request, response, releasing)) {
                Response.writeError(request, response, releasing, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, releasing, failure);
        }
    }

    private boolean refuse(Request request, Response response, Callback callback, HttpProblem refusal) throws Exception {
        return super.handle(marked(request, refusal), response, callback);
    }

    private static Request marked(Request request, HttpProblem refusal) {
        request.setAttribute(REFUSAL, refusal);
        return request;
    }
}
