package org.vistka.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bodies of a gigabyte sent to the routes that take a POST, as fast as the server reads them: each declared with a
 * {@code Content-Length} of 1 GiB, or sent in chunks with no length at all. The server should answer {@code 413}
 * after reading little, and close. Counts the answers and how many came within a second.
 */
final class BigBodies {
    private static final long GIGABYTE = 1L << 30;
    private static final byte[] CHUNK = filled(64 * 1024);

    private BigBodies() {
    }

    /** {@code parallel} senders, for {@code time}, each sending body after body to the routes in turn. */
    static Tally send(URI base, List<String> routes, int parallel, Duration time) {
        Tally tally = new Tally();
        long deadline = System.nanoTime() + time.toNanos();
        BenchClients.run(parallel, sender -> {
            for (int n = 0; System.nanoTime() < deadline; n++) {
                String route = routes.get((sender + n) % routes.size());
                boolean chunked = n % 2 == 1;
                long start = System.nanoTime();
                String answer = sendOne(base, route, chunked);
                tally.add(answer);
                if (answer.matches("\\d{3}") && System.nanoTime() - start <= Duration.ofSeconds(1).toNanos()) {
                    tally.add("answered within 1 s");
                }
            }
        });
        return tally;
    }

    /** The status the server answered, {@code "closed"} when it closed without one, or {@code "io"}. */
    private static String sendOne(URI base, String route, boolean chunked) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String type = route.contains("media") ? "multipart/form-data; boundary=bench" : "application/x-www-form-urlencoded";
            out.write(("POST " + route + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: " + type + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + GIGABYTE + "\r\n")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> status = CompletableFuture.supplyAsync(() -> statusLine(socket), Thread::startVirtualThread);
            byte[] chunkHeader = (Integer.toHexString(CHUNK.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (long sent = 0; sent < GIGABYTE && !status.isDone(); sent += CHUNK.length) {
                    if (chunked) {
                        out.write(chunkHeader);
                    }
                    out.write(CHUNK);
                    if (chunked) {
                        out.write('\r');
                        out.write('\n');
                    }
                }
            } catch (IOException closedByServer) {
                // The server answered and closed while the body was still coming: what it answered is read below.
            }
            return status.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "io";
        }
    }

    private static String statusLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            String[] parts = line.toString().split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? parts[1] : "closed";
        } catch (IOException e) {
            return "closed";
        }
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
