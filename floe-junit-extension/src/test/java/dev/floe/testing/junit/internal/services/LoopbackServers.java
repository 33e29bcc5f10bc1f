package dev.floe.testing.junit.internal.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Servers on 127.0.0.1, port 0, that answer a fixed status, stall, or refuse. A 200 carries the least
 * body each protocol probe accepts (S3's bucket list, an Iceberg catalog's config and token), so these
 * tests exercise the extension's flow; the probes themselves meet real servers in floe-fixtures.
 */
final class LoopbackServers {

    private LoopbackServers() {
    }

    static byte[] protocolBody(String path) {
        String body;
        if (path.endsWith("/v1/oauth/tokens")) {
            body = "{\"access_token\":\"loopback-token\",\"token_type\":\"bearer\"}";
        }
        else if (path.endsWith("/v1/config")) {
            body = "{\"defaults\":{},\"overrides\":{}}";
        }
        else if (path.endsWith("/v1/info")) {
            body = "{\"starting\":false}";
        }
        else {
            body = "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>";
        }
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An HTTP server answering every request with {@code status}, counting requests. */
    static final class Answering implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger hits = new AtomicInteger();

        Answering(int status) {
            this(status, 0);
        }

        /** Answers after {@code delayMillis}, like a service that takes that long to say it is healthy. */
        Answering(int status, long delayMillis) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                hits.incrementAndGet();
                if (delayMillis > 0) {
                    try {
                        Thread.sleep(delayMillis);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] body = status == 200 ? protocolBody(exchange.getRequestURI().getPath()) : new byte[0];
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "answering-server");
                t.setDaemon(true);
                return t;
            }));
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Accepts connections and never answers; remembers when each connection came in and when the client gave it up. */
    static final class Stalling implements AutoCloseable {
        final ServerSocket socket;
        final List<Socket> held = new CopyOnWriteArrayList<>();
        final List<Long> acceptedAtNanos = new CopyOnWriteArrayList<>();
        final List<Long> closedAtNanos = new CopyOnWriteArrayList<>();

        Stalling() {
            socket = loopbackSocket();
            daemon("stalling-server", () -> {
                while (!socket.isClosed()) {
                    try {
                        Socket accepted = socket.accept();
                        acceptedAtNanos.add(System.nanoTime());
                        held.add(accepted);
                        watchForClose(accepted);
                    }
                    catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        /** Whether the client closed the first connection within 30 s (a generous bound: it only guards a hang). */
        boolean awaitClosed() throws InterruptedException {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (closedAtNanos.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return !closedAtNanos.isEmpty();
        }

        private void watchForClose(Socket accepted) {
            daemon("stalling-server-watch", () -> {
                try {
                    while (accepted.getInputStream().read() >= 0) {
                        // the request; this server never answers it
                    }
                }
                catch (IOException closed) {
                    // reset by the client, or closed by close() below
                }
                closedAtNanos.add(System.nanoTime());
            });
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Answers every connection with a raw status line of its choice, e.g. a reason phrase that echoes a token. */
    static final class RawStatus implements AutoCloseable {
        final ServerSocket socket;

        RawStatus(String statusLine) {
            socket = loopbackSocket();
            daemon("raw-status-server", () -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        s.getInputStream().read(new byte[8192]);
                        s.getOutputStream().write((statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    catch (IOException closed) {
                        if (socket.isClosed()) {
                            return;
                        }
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A loopback port that nothing listens on (bound, then released). */
    static int refusedPort() {
        try (ServerSocket s = loopbackSocket()) {
            return s.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket loopbackSocket() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
