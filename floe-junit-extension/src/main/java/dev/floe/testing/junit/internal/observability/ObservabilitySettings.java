package dev.floe.testing.junit.internal.observability;

import static dev.floe.testing.junit.ObservabilityKeys.TRACE_BACKEND;
import static dev.floe.testing.junit.ObservabilityKeys.JAEGER_API;
import static dev.floe.testing.junit.ObservabilityKeys.TIMEOUT;
import static dev.floe.testing.junit.ObservabilityKeys.POLL_FIRST;
import static dev.floe.testing.junit.ObservabilityKeys.POLL_MAX;
import static dev.floe.testing.junit.ObservabilityKeys.CLOCK_SKEW;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import dev.floe.testing.common.internal.ConfigValue;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.common.internal.InsideDocker;
import dev.floe.testing.common.internal.SecretText;
import dev.floe.testing.fixtures.observability.PollingPolicy;
import dev.floe.testing.fixtures.services.ServiceKeys;
import org.apiguardian.api.API;

/**
 * The settings of {@code @RequiresObservability}: the keys of {@link dev.floe.testing.junit.ObservabilityKeys}, resolved through {@link FloeConfiguration}
 * (system property > environment variable > JUnit configuration parameter > default).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ObservabilitySettings {

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
            throw FloeConfiguration.invalid(v, POLL_MAX + " at least " + POLL_FIRST + " (" + first.toMillis() + "ms)",
                    POLL_MAX + " is " + max.toMillis() + "ms", "raise " + POLL_MAX + " or lower " + POLL_FIRST);
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
            return SecretText.maskUrls(uri.toString()).replaceAll("/$", "");
        }
    }
}
