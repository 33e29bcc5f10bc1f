package dev.floe.testing.junit.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server standing in for Cube's {@code /cubejs-api/v1/load}: it answers 200 when
 * its policy accepts the {@code Authorization} header (null when absent), else 403.
 */
final class CubeStandIn implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    CubeStandIn(Predicate<String> acceptsAuthorization) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cubejs-api/v1/load", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("Authorization");
            int status = acceptsAuthorization.test(token) ? 200 : 403;
            byte[] body = (status == 200 ? "{\"data\":[]}" : "{\"error\":\"Invalid token\"}").getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Sends a load query with {@code token} (no header when null) and returns the status code. */
    int load(String token) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/cubejs-api/v1/load?query=%7B%22measures%22%3A%5B%22orders.count%22%5D%7D");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
