package org.vistka.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers to requests it cannot parse or will not read (400, 414, 431: a malformed head, an address or
 * headers too long), which it writes before any handler of ours runs: they carry the same security headers as every
 * other page, and no stack trace.
 *
 * <p>Thread-safe: the headers are fixed at construction.
 */
final class BadRequestPages extends ErrorHandler {
    private final SecurityHeaders headers;

    BadRequestPages(SecurityHeaders headers) {
        this.headers = headers;
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.apply(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** A head Jetty could not parse at all is answered here, before there is a request to handle. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.apply(fields);
        return super.badMessageError(status, reason, fields);
    }
}
