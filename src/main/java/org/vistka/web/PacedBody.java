package org.vistka.web;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body fails with a 408 once it arrives slower than the minimum rate ({@link DataRate}), however it is
 * read. Jetty's own minimum rate is checked only where a servlet reads the body as a stream, not where Jetty parses a
 * multipart form, which is how an upload is read. Read by one thread at a time, as any body.
 */
final class PacedBody extends Request.Wrapper {
    private final DataRate rate;
    private Content.Chunk refused;

    PacedBody(Request request, DataRate.Minimum minimumRate) {
        super(request);
        this.rate = new DataRate(minimumRate);
    }

    @Override
    public Content.Chunk read() {
        if (refused != null) {
            return refused;
        }
        Content.Chunk chunk = super.read();
        if (chunk != null && chunk.hasRemaining() && !rate.arrived(chunk.remaining())) {
            chunk.release();
            refused = Content.Chunk.from(HttpProblem.tooSlow(), true);
            return refused;
        }
        return chunk;
    }
}
