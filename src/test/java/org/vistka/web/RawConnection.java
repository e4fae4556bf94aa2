package org.vistka.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection to a test site spoken to byte by byte, for what an HTTP client will not send: a body far larger than
 * anyone should read, a body with no length that never ends, a request trickled a byte at a time. The body is sent on
 * a thread of its own while the test reads the answer, as a real client would.
 */
final class RawConnection implements AutoCloseable {
    private static final int BLOCK = 64 * 1024;

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final AtomicLong sent = new AtomicLong();

    RawConnection(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(15_000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server answered: its status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Sends {@code text}; false when the server no longer takes it (it closed the connection). */
    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    boolean send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            sent.addAndGet(bytes.length);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /**
     * Starts sending {@code prefix} and then {@code bytes} more of body on a thread of its own, in blocks, framed as
     * chunks when {@code chunked}; the thread stops when all is sent or the server closes the connection.
     */
    void sendBody(String prefix, long bytes, boolean chunked) {
        byte[] block = new byte[BLOCK];
        Arrays.fill(block, (byte) 'a');
        Thread.ofPlatform().daemon().name("raw-body-sender").start(() -> {
            if (!sendPart(prefix.getBytes(StandardCharsets.UTF_8), chunked)) {
                return;
            }
            for (long left = bytes; left > 0; left -= BLOCK) {
                if (!sendPart(block, chunked)) {
                    return;
                }
            }
        });
    }

    private boolean sendPart(byte[] part, boolean chunked) {
        if (!chunked) {
            return send(part);
        }
        return send((Integer.toHexString(part.length) + "\r\n").getBytes(StandardCharsets.US_ASCII)) && send(part) && send("\r\n");
    }

    /** Bytes sent so far, head and body. */
    long sent() {
        return sent.get();
    }

    /** Reads the server's answer: the head, then a body of the length it gives, or up to the connection's end. */
    Answer answer() {
        try {
            String head = readHead();
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            String length = headers.get("content-length");
            byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's answer if it begins within {@code wait}, else null (the connection is then of no further use). */
    Answer answerWithin(Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            return answer();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof SocketTimeoutException) {
                return null;
            }
            throw e;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server ends the connection within {@code wait}: its end of the stream, or a reset. */
    boolean closedByServerWithin(Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            while (in.read() != -1) {
                // whatever else the server sends before it closes
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("the server closed the connection after " + head.size() + " bytes of an answer");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed by the server
        }
    }
}
