package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.floe.testing.fixtures.observability.LineageBackend;
import dev.floe.testing.fixtures.observability.TraceBackend;
import org.apiguardian.api.API;

/**
 * The trace and lineage backends of one test run, each probed once on first use and closed when
 * JUnit closes the root store. A probe that fails is remembered, so an absent optional backend
 * costs one connection attempt per run, not per test.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class BackendConnections implements AutoCloseable {

    private final ObservabilitySettings settings;
    private Probed<TraceBackend> traces;
    private Probed<LineageBackend> lineage;

    public BackendConnections(ObservabilitySettings settings) {
        this.settings = settings;
    }

    /** The outcome of probing one backend: the client, or the error that made it unreachable. */
    public record Probed<B extends AutoCloseable>(ObservabilitySettings.Endpoint endpoint, String probe, B backend,
            RuntimeException error) {

        public boolean reachable() {
            return backend != null;
        }
    }

    public synchronized Probed<TraceBackend> traces() {
        if (traces == null) {
            if (settings.traceBackend() == ObservabilitySettings.TraceBackendKind.ZIPKIN) {
                var endpoint = settings.endpoint("zipkin", 9411, 9411);
                traces = probe(endpoint, "GET " + endpoint.shown() + "/api/v2/services", () -> TraceBackend.zipkin(endpoint.uri()),
                        b -> b.services());
            }
            else {
                var endpoint = settings.endpoint("jaeger", 16686, 16686);
                Supplier<TraceBackend> make = switch (settings.jaegerApi()) {
                    case V3 -> () -> TraceBackend.jaegerV3(endpoint.uri());
                    case V1 -> () -> TraceBackend.jaegerV1(endpoint.uri());
                    case AUTO -> () -> TraceBackend.jaeger(endpoint.uri());
                };
                traces = probe(endpoint, "GET " + endpoint.shown() + "/api/v3/services (then /api/services)", make, b -> b.services());
            }
        }
        return traces;
    }

    public synchronized Probed<LineageBackend> lineage() {
        if (lineage == null) {
            var endpoint = settings.endpoint("marquez", 5002, 5000);
            lineage = probe(endpoint, "GET " + endpoint.shown() + "/api/v1/events/lineage", () -> LineageBackend.marquez(endpoint.uri()),
                    b -> b.eventsSince(Instant.now(), 1));
        }
        return lineage;
    }

    private static <B extends AutoCloseable> Probed<B> probe(ObservabilitySettings.Endpoint endpoint, String probe,
            Supplier<B> make, Function<B, ?> ask) {
        B backend = null;
        try {
            backend = make.get();
            ask.apply(backend);
            return new Probed<>(endpoint, probe, backend, null);
        }
        catch (RuntimeException e) {
            closeQuietly(backend);
            return new Probed<>(endpoint, probe, null, e);
        }
    }

    @Override
    public synchronized void close() {
        if (traces != null) {
            closeQuietly(traces.backend());
        }
        if (lineage != null) {
            closeQuietly(lineage.backend());
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        }
        catch (Exception ignored) {
            // closing a client; nothing to report
        }
    }
}
