package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * The configuration keys of {@link RequiresObservability} and {@link ObservabilityEvidence}: which trace backend to
 * ask, where the backends are, and how long and how often to poll them. Each key is resolved in floe's order: JVM
 * system property, then environment variable ({@code floe.observability.timeout} →
 * {@code FLOE_OBSERVABILITY_TIMEOUT}), then JUnit configuration parameter ({@code junit-platform.properties}),
 * then the default given here. An ill-formed value fails the run at once, naming the key and where it came from.
 *
 * <pre>{@code
 * # junit-platform.properties
 * floe.observability.traces.backend=zipkin
 * floe.observability.timeout=10s
 * }</pre>
 *
 * <p>Whether an unreachable backend fails or only warns is a service key:
 * {@code floe.services.<name>.required} (see {@code ServiceKeys.required(String)}), default {@code false}.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ObservabilityKeys {

    /** Which trace backend to ask: {@value}. Accepted: {@code jaeger} (default) or {@code zipkin}, any case. */
    public static final String TRACE_BACKEND = "floe.observability.traces.backend";

    /**
     * Which Jaeger query API to use: {@value}. Accepted: {@code auto} (default: ask the server for {@code api_v3},
     * then fall back to 1.x), {@code v3} ({@code api_v3}) or {@code v1} (Jaeger 1.x JSON API).
     */
    public static final String JAEGER_API = "floe.observability.jaeger.api";

    /** Total time to wait for trace or lineage evidence: {@value}, a duration such as {@code 30s} (default) or {@code 500ms}. */
    public static final String TIMEOUT = "floe.observability.timeout";

    /** First delay between polls: {@value}, a duration, default {@code 20ms}; each next delay is half as long again. */
    public static final String POLL_FIRST = "floe.observability.poll-interval.first";

    /** Largest delay between polls: {@value}, a duration not below the first, default {@code 100ms}. */
    public static final String POLL_MAX = "floe.observability.poll-interval.max";

    /**
     * How far before the test's start raw lineage events and trace searches look, for clocks that disagree:
     * {@value}, a duration, default {@code 5s}.
     */
    public static final String CLOCK_SKEW = "floe.observability.clock-skew";

    /**
     * Jaeger's query URL: {@value}. Default {@code http://localhost:16686} ({@code http://jaeger:16686} inside the
     * Docker network); or {@code floe.services.jaeger.host} and {@code .port}.
     */
    public static final String JAEGER_URL = "floe.services.jaeger.url";

    /**
     * Zipkin's URL: {@value}. Default {@code http://localhost:9411} ({@code http://zipkin:9411} inside the Docker
     * network); or {@code floe.services.zipkin.host} and {@code .port}.
     */
    public static final String ZIPKIN_URL = "floe.services.zipkin.url";

    /**
     * Marquez's API URL: {@value}. Default {@code http://localhost:5002} ({@code http://marquez:5000} inside the
     * Docker network); or {@code floe.services.marquez.host} and {@code .port}.
     */
    public static final String MARQUEZ_URL = "floe.services.marquez.url";

    private ObservabilityKeys() {
    }
}
