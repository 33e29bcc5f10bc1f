package dev.floe.testing.junit.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.floe.testing.common.internal.ConfigKey;
import dev.floe.testing.common.internal.ConfigKeySource;
import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.services.ServiceKeys;
import dev.floe.testing.junit.ArtifactsKeys;
import dev.floe.testing.junit.ObservabilityKeys;
import dev.floe.testing.junit.internal.observability.ObservabilitySettings;
import org.apiguardian.api.API;

/**
 * The keys of the JUnit extensions: {@code floe.observability.*}, the trace and lineage backends' endpoints
 * (Zipkin, which the service catalog does not hold, included) and {@code floe.artifacts.*}: the constants of
 * {@link ObservabilityKeys} and {@link ArtifactsKeys} with the check of each value. Registered through
 * {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ExtensionConfigKeys implements ConfigKeySource {

    /** The backend that only the observability extension reaches, and its default port. */
    private static final String ZIPKIN = "zipkin";
    private static final int ZIPKIN_PORT = 9411;

    /** Creates the source; {@code ServiceLoader} calls this. */
    public ExtensionConfigKeys() {
    }

    @Override
    public Collection<ConfigKey> keys() {
        Map<String, ConfigKey> keys = new LinkedHashMap<>();
        for (Class<?> constants : List.of(ObservabilityKeys.class, ArtifactsKeys.class)) {
            ConfigKey.constantsOf(constants).forEach(name -> keys.put(name, ConfigKey.text(name)));
        }
        for (ConfigKey key : List.of(
                ConfigKey.oneOf(ObservabilityKeys.TRACE_BACKEND, ObservabilitySettings.TraceBackendKind.class),
                ConfigKey.oneOf(ObservabilityKeys.JAEGER_API, ObservabilitySettings.JaegerApi.class),
                ConfigKey.duration(ObservabilityKeys.TIMEOUT),
                ConfigKey.duration(ObservabilityKeys.POLL_FIRST),
                // the largest delay must not be below the first: checked up front with the rest, not at the first await
                new ConfigKey(ObservabilityKeys.POLL_MAX, config -> new ObservabilitySettings(config).polling()),
                ConfigKey.duration(ObservabilityKeys.CLOCK_SKEW),
                ConfigKey.url(ObservabilityKeys.JAEGER_URL, "http://localhost:16686"),
                ConfigKey.url(ObservabilityKeys.MARQUEZ_URL, "http://localhost:5002"),
                ConfigKey.url(ObservabilityKeys.ZIPKIN_URL, "http://localhost:" + ZIPKIN_PORT),
                ConfigKey.text(ServiceKeys.host(ZIPKIN)),
                ConfigKey.port(ServiceKeys.port(ZIPKIN)),
                ConfigKey.bool(ServiceKeys.required(ZIPKIN)),
                ConfigKey.oneOf(ArtifactsKeys.TARGET, ComputeTarget.class),
                ConfigKey.oneOf(ArtifactsKeys.VARIANT, ArtifactsVariant.class))) {
            keys.put(key.name(), key);
        }
        return keys.values();
    }
}
