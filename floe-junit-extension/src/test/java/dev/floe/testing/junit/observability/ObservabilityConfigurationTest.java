package dev.floe.testing.junit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.internal.observability.ObservabilitySettings;
import dev.floe.testing.junit.traceability.Covers;

/** The observability keys are checked when the extension is first used, before any backend is asked. */
class ObservabilityConfigurationTest {

    private static Events run(Map<String, String> config) {
        return EngineTestKit.engine("junit-jupiter").configurationParameters(config)
                .selectors(DiscoverySelectors.selectClass(EvidenceTestCase.class)).execute().testEvents();
    }

    @Test
    @Covers("003-FR-027")
    void aBackendUrlWithoutAPortFailsTheTestNamingKeyAndExpectedForm() {
        Events events = run(Map.of("floe.services.jaeger.url", "http://localhost"));

        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("usesEvidence"), finishedWithFailure(
                instanceOf(ConfigurationException.class),
                message("Invalid value 'http://localhost' for floe.services.jaeger.url.\n"
                        + "  expected: a URL with scheme, host and port like http://localhost:16686\n"
                        + "  found:    'http://localhost' (no port: it would silently mean 80)\n"
                        + "  where:    floe.services.jaeger.url (from JUnit configuration parameter floe.services.jaeger.url)\n"
                        + "  fix:      add the port, e.g. http://localhost:16686"))));
        assertThatThrownBy(() -> new ObservabilitySettings(FloeConfiguration.of(Map.of(), Map.of(),
                Map.of("floe.services.marquez.url", "https://lineage.example"))).endpoint("marquez", 5002, 5000))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("(no port: it would silently mean 443)");
    }

    @Test
    @Covers("003-FR-027")
    void pollingDurationsAreCheckedBeforeAnyBackendAnswers() {
        Events timeout = run(Map.of("floe.observability.timeout", "-1s"));
        timeout.assertThatEvents().haveExactly(1, event(test("usesEvidence"), finishedWithFailure(message(m -> m.startsWith(
                "Invalid value '-1s' for floe.observability.timeout.\n")
                && m.contains("\n  where:    floe.observability.timeout (from JUnit configuration parameter"
                        + " floe.observability.timeout)")))));

        Events poll = run(Map.of("floe.observability.poll-interval.first", "0ms"));
        poll.assertThatEvents().haveExactly(1, event(test("usesEvidence"), finishedWithFailure(message(m -> m.startsWith(
                "Invalid value '0ms' for floe.observability.poll-interval.first.\n")
                && m.contains("\n  expected: a positive duration like 30s or 500ms\n")))));
        Events order = run(Map.of("floe.observability.poll-interval.first", "200ms", "floe.observability.poll-interval.max",
                "50ms"));
        order.assertThatEvents().haveExactly(1, event(test("usesEvidence"), finishedWithFailure(message(
                "Invalid value '50ms' for floe.observability.poll-interval.max.\n"
                        + "  expected: floe.observability.poll-interval.max at least floe.observability.poll-interval.first"
                        + " (200ms)\n"
                        + "  found:    '50ms' (floe.observability.poll-interval.max is 50ms)\n"
                        + "  where:    floe.observability.poll-interval.max (from JUnit configuration parameter"
                        + " floe.observability.poll-interval.max)\n"
                        + "  fix:      raise floe.observability.poll-interval.max or lower"
                        + " floe.observability.poll-interval.first"))));
        assertThat(run(Map.of()).succeeded().count()).isEqualTo(1);
    }

    @RequiresObservability
    static class EvidenceTestCase {

        @Test
        void usesEvidence(ObservabilityEvidence evidence) {
            assertThat(evidence.correlationId()).isNotNull();
        }
    }
}
