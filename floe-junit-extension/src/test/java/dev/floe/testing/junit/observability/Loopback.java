package dev.floe.testing.junit.observability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A real HTTP server on 127.0.0.1 (port 0) whose answers a test scripts per request; records what it was asked. */
final class Loopback implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, MockResponse> handler = r -> json(404, "{}");

    Loopback() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                return handler.apply(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Loopback answering(Function<RecordedRequest, MockResponse> newHandler) {
        this.handler = newHandler;
        return this;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    List<RecordedRequest> requests() {
        return requests;
    }

    int port() {
        return server.getPort();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse text(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/plain").body(body).build();
    }

    static String resource(String name) {
        try (InputStream in = Loopback.class.getResourceAsStream("/observability/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /observability/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
