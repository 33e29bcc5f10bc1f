package dev.floe.testing.junit.observability;

import static dev.floe.testing.fixtures.observability.Loopback.json;
import static dev.floe.testing.fixtures.observability.Loopback.text;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import dev.floe.testing.fixtures.observability.Loopback;

/**
 * A loopback stand-in for Zipkin's v2 API: takes spans on {@code POST /api/v2/spans} (what
 * OpenTelemetry's Zipkin exporter sends), serves {@code /api/v2/trace/{id}}, {@code /api/v2/traces}
 * and {@code /api/v2/services}. The fixtures module tests the real Zipkin server; this one keeps the
 * extension's tests fast.
 */
final class FakeZipkin implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Loopback server = new Loopback();
    private final List<JsonNode> spans = new CopyOnWriteArrayList<>();

    FakeZipkin() {
        server.answering(this::handle);
    }

    URI uri() {
        return server.uri();
    }

    String url() {
        return uri().toString().replaceAll("/$", "");
    }

    int requestCount() {
        return server.requests().size();
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        try {
            if (request.getMethod().equals("POST") && path.equals("/api/v2/spans")) {
                byte[] body = request.getBody().toByteArray();
                if ("gzip".equalsIgnoreCase(request.getHeaders().get("Content-Encoding"))) {
                    body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
                }
                MAPPER.readTree(body).forEach(spans::add);
                return new MockResponse.Builder().code(202).build();
            }
        }
        catch (Exception e) {
            return text(400, e.getMessage());
        }
        if (path.startsWith("/api/v2/trace/")) {
            String id = request.getUrl().pathSegments().get(3);
            ArrayNode trace = MAPPER.createArrayNode();
            spans.stream().filter(s -> s.path("traceId").asText().endsWith(id)).forEach(trace::add);
            return trace.isEmpty() ? text(404, id + " not found") : json(200, trace.toString());
        }
        if (path.equals("/api/v2/traces")) {
            String service = request.getUrl().queryParameter("serviceName");
            ArrayNode traces = MAPPER.createArrayNode();
            spans.stream().filter(s -> s.path("localEndpoint").path("serviceName").asText().equals(service))
                    .map(s -> s.path("traceId").asText()).distinct().forEach(id -> {
                        ArrayNode trace = traces.addArray();
                        spans.stream().filter(s -> s.path("traceId").asText().equals(id)).forEach(trace::add);
                    });
            return json(200, traces.toString());
        }
        if (path.equals("/api/v2/services")) {
            ArrayNode services = MAPPER.createArrayNode();
            spans.stream().map(s -> s.path("localEndpoint").path("serviceName").asText()).distinct().forEach(services::add);
            return json(200, services.toString());
        }
        return text(404, "not found");
    }

    @Override
    public void close() {
        server.close();
    }
}
