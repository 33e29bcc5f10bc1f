package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * Configuration mistakes as a test author meets them: named once per run, failing every test of the class before any
 * service is asked when the value cannot be used or strict mode is on. Jaeger is made required and pointed at a
 * loopback server that counts its requests; PostgreSQL is the real one.
 */
class ConfigurationMistakesTests {

    private static Map<String, String> jaegerRequiredOn(int port, String... more) {
        return Kit.with(Kit.with(Kit.base(port), "floe.services.jaeger.required", "true"), more);
    }

    private static void assertEveryTestFailedWith(EngineExecutionResults results, String message) {
        results.testEvents().assertStatistics(s -> s.started(2).failed(2).succeeded(0).aborted(0).skipped(0));
        List<Throwable> failures = Kit.failures(results);
        assertThat(failures).hasSize(2).allSatisfy(t -> {
            assertThat(t).isInstanceOf(ConfigurationException.class);
            assertThat(t.getMessage()).isEqualTo(message);
        });
    }

    /** Runs with the system property {@code key} set, as {@code -Dkey=value} would. */
    private static EngineExecutionResults runWithSystemProperty(String key, String value, Map<String, String> parameters,
            Class<?>... classes) {
        System.setProperty(key, value);
        try {
            return Kit.run(parameters, classes);
        }
        finally {
            System.clearProperty(key);
        }
    }

    @Test
    @Covers("003-FR-027")
    void composeKeysWithWrongValuesFailEveryTestInExternalModeBeforeAnyServiceIsAsked() {
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200)) {
            EngineExecutionResults results = Kit.run(jaegerRequiredOn(jaeger.port(),
                    "floe.services.compose.profile", "gigantic"), TwoTestsTestCase.class);

            assertEveryTestFailedWith(results, "Invalid value 'gigantic' for floe.services.compose.profile.\n"
                    + "  expected: one of base, storage, compute, full\n"
                    + "  found:    'gigantic'\n"
                    + "  where:    floe.services.compose.profile (from JUnit configuration parameter"
                    + " floe.services.compose.profile)\n"
                    + "  fix:      set floe.services.compose.profile to one of base, storage, compute, full");
            assertThat(jaeger.hits.get()).as("no health check ran").isZero();

            EngineExecutionResults reuse = Kit.run(jaegerRequiredOn(jaeger.port(), "floe.services.compose.reuse",
                    "perhaps"), TwoTestsTestCase.class);
            assertEveryTestFailedWith(reuse, "Invalid value 'perhaps' for floe.services.compose.reuse.\n"
                    + "  expected: true or false\n"
                    + "  found:    'perhaps'\n"
                    + "  where:    floe.services.compose.reuse (from JUnit configuration parameter"
                    + " floe.services.compose.reuse)\n"
                    + "  fix:      set floe.services.compose.reuse to true or false");
            assertThat(jaeger.hits.get()).isZero();
        }
    }

    @Test
    @Covers("003-FR-024")
    void anUnknownSystemPropertyIsWarnedAboutOnceForTheWholeRun() {
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200); LogCapture log = new LogCapture()) {
            // Jaeger optional here: the run must pass whatever a loaded machine makes of its 300ms bound
            EngineExecutionResults results = runWithSystemProperty("floe.services.jaeger.timeuot", "5s",
                    Kit.base(jaeger.port()), TwoTestsTestCase.class, OtherTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
            assertThat(log.messages(Level.WARNING)).filteredOn(m -> m.contains("timeuot")).containsExactly(
                    "Unknown floe configuration key floe.services.jaeger.timeuot (system property"
                            + " floe.services.jaeger.timeuot): did you mean floe.services.jaeger.timeout? It is ignored;"
                            + " floe.config.strict=true makes unknown keys fail.");
        }
    }

    @Test
    @Covers("003-FR-025")
    void underStrictAnUnknownSystemPropertyFailsEveryTestBeforeAnyServiceIsAsked() {
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200)) {
            EngineExecutionResults results = runWithSystemProperty("floe.services.postgress.port", "1",
                    jaegerRequiredOn(jaeger.port(), "floe.config.strict", "true"), TwoTestsTestCase.class);

            assertEveryTestFailedWith(results, "Unknown floe configuration key, and floe.config.strict=true makes unknown"
                    + " keys fail.\n"
                    + "  expected: only keys floe-testing reads (README.md, Configuration keys)\n"
                    + "  found:    floe.services.postgress.port (system property floe.services.postgress.port): did you mean"
                    + " floe.services.postgres.port?\n"
                    + "  where:    floe.config.strict=true (from JUnit configuration parameter floe.config.strict)\n"
                    + "  fix:      correct or remove the key; the keys floe-testing reads are listed in README.md"
                    + " (Configuration keys)");
            assertThat(jaeger.hits.get()).isZero();
        }
    }

    @FloeIntegration
    static class TwoTestsTestCase {

        @Test
        void one(DockerServices services) {
        }

        @Test
        void two() {
        }
    }

    @FloeIntegration
    static class OtherTestCase {

        @Test
        void three(DockerServices services) {
        }
    }
}
