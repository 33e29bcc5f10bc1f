package dev.floe.testing.junit.internal.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;

/** Where the extension looks for the backends: the same network rule as every floe service. */
class ObservabilitySettingsTest {

    private static ObservabilitySettings settings(Map<String, String> junit, Map<String, String> env, boolean dockerEnvFile) {
        return new ObservabilitySettings(FloeConfiguration.of(Map.of(), env, junit),
                () -> env.getOrDefault("DOCKER_CONTAINER", "").equals("1") || dockerEnvFile);
    }

    @Test
    @Covers("005-FR-021")
    void onTheHostTheDefaultsAreLocalhostAndThePublishedPorts() {
        ObservabilitySettings host = settings(Map.of(), Map.of(), false);
        assertThat(host.endpoint("marquez", 5002, 5000).uri()).isEqualTo(URI.create("http://localhost:5002"));
        assertThat(host.endpoint("marquez", 5002, 5000).source()).isEqualTo("default");
        assertThat(settings(Map.of("floe.services.network", "host"), Map.of("DOCKER_CONTAINER", "1"), true)
                .endpoint("jaeger", 16686, 16686).uri()).isEqualTo(URI.create("http://localhost:16686"));
    }

    @Test
    @Covers("005-FR-021")
    void insideTheComposeNetworkTheDefaultsAreServiceNamesAndContainerPorts() {
        ObservabilitySettings inside = settings(Map.of(), Map.of("DOCKER_CONTAINER", "1"), false);
        assertThat(inside.endpoint("marquez", 5002, 5000).uri()).isEqualTo(URI.create("http://marquez:5000"));
        assertThat(inside.endpoint("marquez", 5002, 5000).source()).isEqualTo("default in the Docker network");
        assertThat(inside.endpoint("jaeger", 16686, 16686).uri()).isEqualTo(URI.create("http://jaeger:16686"));
        assertThat(settings(Map.of(), Map.of(), true).endpoint("zipkin", 9411, 9411).uri())
                .isEqualTo(URI.create("http://zipkin:9411"));
        assertThat(settings(Map.of("floe.services.network", "docker"), Map.of(), false).endpoint("marquez", 5002, 5000).uri())
                .isEqualTo(URI.create("http://marquez:5000"));
        // a configured endpoint still wins
        assertThat(settings(Map.of("floe.services.marquez.url", "http://lineage.internal:8080"), Map.of("DOCKER_CONTAINER", "1"), false)
                .endpoint("marquez", 5002, 5000).uri()).isEqualTo(URI.create("http://lineage.internal:8080"));
    }

    @Test
    @Covers("005-FR-021")
    void aBadNetworkValueIsNamedWithItsSource() {
        assertThatThrownBy(() -> settings(Map.of(), Map.of("FLOE_SERVICES_NETWORK", "bridge"), false).endpoint("marquez", 5002, 5000))
                .hasMessageStartingWith("Invalid value 'bridge' for floe.services.network.\n")
                .hasMessageContaining("\n  found:    'bridge'\n")
                .hasMessageContaining("\n  where:    floe.services.network (from environment variable FLOE_SERVICES_NETWORK)")
                .hasMessageContaining("\n  fix:      set floe.services.network to one of auto, host, docker");
    }
}
