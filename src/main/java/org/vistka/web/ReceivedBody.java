package org.vistka.web;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Request;

/**
 * Receives one request body whole without holding a thread while it arrives: it reads what has come, asks Jetty to
 * call back when more comes, and then hands on the request with its body ready to be read again, or the refusal the
 * body earned (too large, too slow, too much held at once), or the failure that ended it (the client went away or
 * fell silent for the idle timeout). Jetty calls back one at a time, so it needs no locking.
 */
final class ReceivedBody implements Runnable {
    /** How receiving ended: with a request ready to read, a refusal, or a failure; and the bytes it holds. */
    record Outcome(Request request, HttpProblem refusal, Throwable failure, long heldBytes) {
    }

    private final Request request;
    private final long limit;
    private final HttpProblem tooLarge;
    private final DataRate rate;
    private final LongPredicate hold;
    private final Consumer<Outcome> then;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long received;

    /**
     * @param hold asked before keeping each part's bytes; false when the server holds too much already
     * @param then called once, with how receiving ended
     */
    ReceivedBody(Request request, long limit, HttpProblem tooLarge, DataRate.Minimum minimumRate, LongPredicate hold, Consumer<Outcome> then) {
        this.request = request;
        this.limit = limit;
        this.tooLarge = tooLarge;
        this.rate = new DataRate(minimumRate);
        this.hold = hold;
        this.then = then;
    }

    void receive() {
        run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                then.accept(new Outcome(request, null, chunk.getFailure(), received));
                return;
            }
            HttpProblem refusal = chunk.hasRemaining() ? keep(chunk.getByteBuffer()) : null;
            boolean last = chunk.isLast();
            chunk.release();
            if (refusal != null) {
                then.accept(new Outcome(request, refusal, null, received));
                return;
            }
            if (last) {
                then.accept(new Outcome(new Held(request, parts), null, null, received));
                return;
            }
        }
    }

    /** Copies the bytes out of Jetty's pooled buffer, or says why they are not wanted. */
    private HttpProblem keep(ByteBuffer bytes) {
        int size = bytes.remaining();
        if (received + size > limit) {
            return tooLarge;
        }
        if (!rate.arrived(size)) {
            return HttpProblem.tooSlow();
        }
        if (!hold.test(size)) {
            return HttpProblem.busy();
        }
        received += size;
        parts.add(ByteBuffer.allocate(size).put(bytes).flip());
        return null;
    }

    /** The request with its body read again from the received copy. */
    private static final class Held extends Request.Wrapper {
        private final ByteBufferContentSource body;

        Held(Request request, List<ByteBuffer> parts) {
            super(request);
            this.body = new ByteBufferContentSource(parts);
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
