package org.vistka.web;

import io.javalin.http.Header;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends the pages the cache keeps straight from Jetty, before a request reaches the servlet and Javalin: a breaking
 * story's readers cost a map lookup and a write each. Everything else goes on to Javalin, where a miss is rendered
 * and kept. The replies carry the same headers and the same request log line as Javalin's.
 */
final class MemoryAnswers extends Handler.Wrapper {
    private static final HttpField X_CACHE_HIT = new PreEncodedHttpField(Header.X_CACHE, "hit");

    private final PageCache cache;
    private final SecurityHeaders securityHeaders;

    MemoryAnswers(PageCache cache, SecurityHeaders securityHeaders) {
        this.cache = cache;
        this.securityHeaders = securityHeaders;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        HttpFields headers = request.getHeaders();
        CachedPage page = cache.hit(method, request.getHttpURI().getPath(), request.getHttpURI().getQuery(),
                headers.contains(HttpHeader.COOKIE));
        if (page == null) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable out = response.getHeaders();
        securityHeaders.apply(out);
        out.add(X_CACHE_HIT);
        page.validators().forEach(out::add);
        CachedPage.Reply reply = page.replyTo(headers.get(HttpHeader.IF_NONE_MATCH), headers.get(HttpHeader.IF_MODIFIED_SINCE),
                headers.get(HttpHeader.ACCEPT_ENCODING));
        reply.headers().forEach(out::add);
        response.setStatus(reply.status());
        boolean withBody = reply.status() == HttpStatus.OK_200 && !method.equals("HEAD");
        response.write(true, withBody ? ByteBuffer.wrap(reply.body()) : null, callback);
        App.logRequest(method, request.getHttpURI().getPath(), reply.status(), (System.nanoTime() - start) / 1e6f, 0);
        return true;
    }
}
