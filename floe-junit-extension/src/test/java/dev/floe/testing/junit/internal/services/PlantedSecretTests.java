package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.internal.observability.ObservabilitySettings;
import dev.floe.testing.junit.traceability.Covers;

/**
 * A secret planted in malformed values (URLs no parser accepts, hosts with spaces, token parameters, secret keys)
 * shows nowhere: not in the failure, its stack trace and causes, the test events or the log.
 */
class PlantedSecretTests {

    private static final String PLANTED = "Pl4nted-s3cret-7d9e21";
    private static final String NETWORK = "floe.services.network";

    @ParameterizedTest
    @ValueSource(strings = { "postgresql://u:" + PLANTED + "@localhost", "postgresql://u:" + PLANTED + " x@local host:5432",
            "postgresql://u:" + PLANTED + "@@host:5432/db", "jdbc:postgresql://u:" + PLANTED + "@host:port",
            "postgresql://localhost:5432/db?sslmode=x y&password=" + PLANTED, "u:" + PLANTED + "@host" })
    @Covers("007-FR-005")
    void aMalformedServiceUrlIsRejectedWithItsUserInfoAndTokensMasked(String url) {
        try (LogCapture logs = new LogCapture()) {
            EngineExecutionResults results = Kit.run(Kit.with(Kit.base(LoopbackServers.refusedPort()),
                    "floe.services.postgres.url", url), NeedsPostgresTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).failed(1));
            assertThat(Kit.failures(results).get(0)).hasMessageContaining("Invalid value '")
                    .hasMessageContaining("where:    floe.services.postgres.url (from JUnit configuration parameter");
            assertThat(Kit.everything(results) + logs.all()).doesNotContain(PLANTED);
        }
    }

    @Test
    @Covers("007-FR-005")
    void aHostWithUserInfoIsMaskedInTheHealthCheckProbeAndLog() {
        try (LogCapture logs = new LogCapture()) {
            EngineExecutionResults results = Kit.run(Kit.with(Kit.base(LoopbackServers.refusedPort()),
                    "floe.services.jaeger.host", "u:" + PLANTED + "@my host"), NeedsPostgresTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(String.join("\n", logs.all())).contains("jaeger absent (optional)", "GET http://***@my host:");
            assertThat(Kit.everything(results) + logs.all()).doesNotContain(PLANTED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "floe.services.jaeger.host=u:" + PLANTED + "@my host",
            "floe.services.jaeger.url=http://u:" + PLANTED + "@bad host:16686",
            "floe.services.jaeger.url=ftp://u:" + PLANTED + "@jaeger:16686",
            "floe.services.zipkin.url=http://zipkin:9411/api?access_token=" + PLANTED + "&x=a b",
            "floe.services.marquez.url=http://marquez:5000/?api_key=" + PLANTED + " x" })
    @Covers("007-FR-005")
    void aMalformedBackendEndpointIsRejectedWithItsSecretsMasked(String setting) {
        String key = setting.substring(0, setting.indexOf('='));
        String service = key.split("\\.")[2];
        ObservabilitySettings settings = new ObservabilitySettings(
                FloeConfiguration.of(Map.of(), Map.of(), Map.of(key, setting.substring(key.length() + 1), NETWORK, "host")));

        assertThatThrownBy(() -> settings.endpoint(service, 16686, 16686))
                .hasMessageStartingWith("Invalid value '").hasMessageContaining("where:    " + key + " (from ")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(PLANTED));
    }

    @Test
    @Covers("007-FR-005")
    void aTokenInAValidBackendUrlIsMaskedWhereverTheUrlIsShown() {
        ObservabilitySettings settings = new ObservabilitySettings(FloeConfiguration.of(Map.of(), Map.of(),
                Map.of("floe.services.marquez.url", "http://lineage:" + PLANTED + "@marquez:5000/api?token=" + PLANTED
                        + "&namespace=floe", NETWORK, "host")));

        assertThat(settings.endpoint("marquez", 5002, 5000).shown())
                .isEqualTo("http://***@marquez:5000/api?token=****&namespace=floe");
    }

    @Test
    @Covers("007-FR-005")
    void anInvalidValueOfASecretKeyIsNotRepeated() {
        FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of("FLOE_SERVICES_POLARIS_CLIENT_SECRET", PLANTED,
                "FLOE_SERVICES_CUBE_API_TOKEN", PLANTED), Map.of());

        assertThatThrownBy(() -> config.getInt("floe.services.polaris.client-secret", 0, 0, 1))
                .hasMessage("Invalid value '****' for floe.services.polaris.client-secret.\n"
                        + "  expected: a whole number from 0 to 1\n"
                        + "  found:    '****'\n"
                        + "  where:    floe.services.polaris.client-secret (from environment variable"
                        + " FLOE_SERVICES_POLARIS_CLIENT_SECRET)\n"
                        + "  fix:      set floe.services.polaris.client-secret to a whole number from 0 to 1");
        assertThatThrownBy(() -> config.getDuration("floe.services.cube.api-token", null))
                .hasMessageStartingWith("Invalid value '****' for floe.services.cube.api-token");
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    @FloeIntegration
    static class NeedsPostgresTestCase {

        @Test
        void needsPostgres(DockerServices services) {
        }
    }
}
