package dev.floe.testing.junit.internal.observability;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import dev.floe.testing.common.internal.ConfigValue;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.services.internal.InsideDocker;
import dev.floe.testing.fixtures.observability.PollingPolicy;
import dev.floe.testing.fixtures.services.ServiceKeys;
import dev.floe.testing.fixtures.observability.internal.BackendHttp;

/**
 * The configuration keys of {@code @RequiresObservability}, resolved through {@link FloeConfiguration}
 * (system property > environment variable > JUnit configuration parameter > default).
 */
public final class ObservabilitySettings {

    /** Which trace backend to ask: {@code jaeger} (default) or {@code zipkin}. Key {@value}. */
    public static final String TRACE_BACKEND = "floe.observability.traces.backend";

    /** Which Jaeger query API to use: {@code auto} (default: ask the server), {@code v3} ({@code api_v3}) or {@code v1} (1.x JSON). Key {@value}. */
    public static final String JAEGER_API = "floe.observability.jaeger.api";

    /** Total time to wait for evidence, a duration such as {@code 30s} (default) or {@code 500ms}. Key {@value}. */
    public static final String TIMEOUT = "floe.observability.timeout";

    /** First delay between polls, default {@code 20ms}; each next one is half as long again. Key {@value}. */
    public static final String POLL_FIRST = "floe.observability.poll-interval.first";

    /** Largest delay between polls, default {@code 100ms}. Key {@value}. */
    public static final String POLL_MAX = "floe.observability.poll-interval.max";

    /** How far before the test's start raw lineage events and trace searches look (clock skew), default {@code 5s}. Key {@value}. */
    public static final String CLOCK_SKEW = "floe.observability.clock-skew";

    /** Jaeger query URL, default {@code http://localhost:16686} ({@code http://jaeger:16686} inside the Docker network); or {@code floe.services.jaeger.host} / {@code .port}. */
    public static final String JAEGER_URL = "floe.services.jaeger.url";

    /** Zipkin URL, default {@code http://localhost:9411} ({@code http://zipkin:9411} inside the Docker network); or {@code floe.services.zipkin.host} / {@code .port}. */
    public static final String ZIPKIN_URL = "floe.services.zipkin.url";

    /**
     * Marquez API URL, default {@code http://localhost:5002} ({@code http://marquez:5000} inside the Docker network);
     * or {@code floe.services.marquez.host} / {@code .port}.
     */
    public static final String MARQUEZ_URL = "floe.services.marquez.url";

    /** Trace backends this library knows. */
    public enum TraceBackendKind { JAEGER, ZIPKIN }

    /** Jaeger query APIs. */
    public enum JaegerApi { AUTO, V3, V1 }


    private final FloeConfiguration config;
    private final BooleanSupplier insideDocker;

    public ObservabilitySettings(FloeConfiguration config) {
        this(config, () -> InsideDocker.detect(config));
    }

    ObservabilitySettings(FloeConfiguration config, BooleanSupplier insideDocker) {
        this.config = config;
        this.insideDocker = insideDocker;
    }

    /**
     * Whether default endpoints are the compose network's (service name and container port), decided by
     * {@code floe.services.network} as for every floe service: {@code docker}, {@code host}, or {@code auto}
     * (docker when {@code DOCKER_CONTAINER=1} or {@code /.dockerenv} exists).
     */
    boolean dockerNetwork() {
        String network = config.getString(ServiceKeys.NETWORK, "auto").strip().toLowerCase(Locale.ROOT);
        return switch (network) {
            case "docker" -> true;
            case "host" -> false;
            case "auto" -> insideDocker.getAsBoolean();
            default -> throw FloeConfiguration.invalid(config.lookup(ServiceKeys.NETWORK).orElseThrow(),
                    "expected one of auto, host, docker");
        };
    }

    public TraceBackendKind traceBackend() {
        return config.getEnum(TRACE_BACKEND, TraceBackendKind.class, TraceBackendKind.JAEGER);
    }

    public JaegerApi jaegerApi() {
        return config.getEnum(JAEGER_API, JaegerApi.class, JaegerApi.AUTO);
    }

    public PollingPolicy polling() {
        Duration first = config.getDuration(POLL_FIRST, PollingPolicy.DEFAULT.firstInterval());
        Duration max = config.getDuration(POLL_MAX, PollingPolicy.DEFAULT.maxInterval());
        if (max.compareTo(first) < 0) {
            ConfigValue v = config.lookup(POLL_MAX).orElseGet(() -> config.lookup(POLL_FIRST).orElseThrow());
            throw FloeConfiguration.invalid(v, "expected " + POLL_MAX + " (" + max.toMillis() + "ms) to be at least "
                    + POLL_FIRST + " (" + first.toMillis() + "ms)");
        }
        return new PollingPolicy(config.getDuration(TIMEOUT, PollingPolicy.DEFAULT.timeout()), first, max);
    }

    public Duration clockSkew() {
        return config.getDuration(CLOCK_SKEW, Duration.ofSeconds(5));
    }

    /**
     * The endpoint of {@code service} (jaeger, zipkin, marquez) from {@code .url}, else {@code .host}/{@code .port},
     * else the default: {@code localhost} and {@code publishedPort}, or inside the compose network the service
     * name and {@code containerPort}.
     */
    public Endpoint endpoint(String service, int publishedPort, int containerPort) {
        boolean docker = dockerNetwork();
        String defaultHost = docker ? service : "localhost";
        int defaultPort = docker ? containerPort : publishedPort;
        String prefix = "floe.services." + service;
        boolean required = config.getBoolean(prefix + ".required", false);
        var url = config.lookup(prefix + ".url");
        if (url.isPresent()) {
            // scheme, host and a port in 1-65535: http://localhost would quietly mean port 80
            URI uri = FloeConfiguration.parseUrl(url.get(), "http://localhost:" + publishedPort);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw invalidUrl(url.get(), publishedPort);
            }
            return new Endpoint(displayName(service), uri, url.get().source(), required, prefix);
        }
        String host = config.getString(prefix + ".host", defaultHost);
        int port = config.getInt(prefix + ".port", defaultPort, 1, 65_535);
        String source = config.isSet(prefix + ".host") || config.isSet(prefix + ".port") ? prefix + ".host/.port"
                : docker ? "default in the Docker network" : "default";
        try {
            return new Endpoint(displayName(service), new URI("http://" + host + ":" + port), source, required, prefix);
        }
        catch (URISyntaxException e) {
            // not chained: the cause's message repeats the host verbatim, user info and all
            throw FloeConfiguration.invalid(config.lookup(prefix + ".host").orElseThrow(),
                    "expected a host name or address like localhost or 10.0.0.5");
        }
    }

    /** The message names key, source and the value with user info and tokens masked: a URL may carry a password. */
    private static RuntimeException invalidUrl(ConfigValue value, int defaultPort) {
        return FloeConfiguration.invalid(value, "expected an http(s) URL like http://localhost:" + defaultPort);
    }

    private static String displayName(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    /** A backend endpoint and where it came from. */
    public record Endpoint(String name, URI uri, String source, boolean requiredByConfig, String keyPrefix) {

        /** The URL for messages and logs: user info (a password) masked, no trailing slash. */
        public String shown() {
            return BackendHttp.redact(uri.toString()).replaceAll("/$", "");
        }
    }
}
