package dev.floe.testing.junit.observability;

import static dev.floe.testing.fixtures.observability.Loopback.json;
import static dev.floe.testing.fixtures.observability.Loopback.resource;
import static dev.floe.testing.fixtures.observability.Loopback.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.floe.testing.junit.ObservabilityEvidence;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.fixtures.observability.Loopback;

/** The extension against Jaeger (the default trace backend), both query APIs, endpoints from configuration. */
class RequiresObservabilityJaegerTest {

    private static Events run(Class<?> testCase, Map<String, String> config) {
        return EngineTestKit.engine("junit-jupiter")
                // every wait here must succeed: it returns as soon as the trace is there, so a long bound costs nothing
                .configurationParameter("floe.observability.timeout", "20s")
                .configurationParameters(config)
                .selectors(selectClass(testCase))
                .execute().testEvents();
    }

    /** Jaeger 1.x all-in-one: no api_v3, the JSON API answers. */
    private static Loopback jaegerV1() {
        return new Loopback().answering(r -> switch (r.getUrl().encodedPath()) {
            case "/api/services" -> json(200, "{\"data\":[\"floe-pipeline\",\"floe-warehouse\"],\"total\":2,\"limit\":0,\"offset\":0,\"errors\":null}");
            case "/api/traces/d269b633813fc60c" -> json(200, resource("jaeger-v1-trace.json"));
            default -> text(404, "404 page not found");
        });
    }

    @Test
    @Covers({ "005-FR-003", "005-FR-016", "005-FR-018" })
    void declaredSpansAreFetchedFromJaeger1xFoundByDetection() {
        try (Loopback jaeger = jaegerV1()) {
            Events events = run(TraceparentTestCase.class, Map.of("floe.services.jaeger.url", jaeger.uri().toString()));
            events.assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(jaeger.requests()).extracting(r -> r.getUrl().encodedPath())
                    .startsWith("/api/v3/services", "/api/services")
                    .contains("/api/traces/d269b633813fc60c");
        }
    }

    @Test
    @Covers({ "005-FR-001", "005-FR-021" })
    void jaegerApiCanBePinnedToV3ThroughConfiguration() {
        try (Loopback jaeger = new Loopback().answering(r -> switch (r.getUrl().encodedPath()) {
            case "/api/v3/services" -> json(200, "{\"services\":[\"floe-pipeline\"]}");
            case "/api/v3/traces/5b8efff798038103d269b633813fc60c" -> json(200, resource("jaeger-v3-trace.json"));
            default -> json(404, "{\"error\":{\"httpCode\":404,\"message\":\"No traces found\"}}");
        })) {
            Events events = run(V3TestCase.class, Map.of("floe.services.jaeger.url", jaeger.uri().toString(),
                    "floe.observability.jaeger.api", "v3"));
            events.assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(jaeger.requests()).extracting(r -> r.getUrl().encodedPath()).doesNotContain("/api/services");
        }
    }

    @Test
    @Covers("005-FR-021")
    void jaegerHostAndPortKeysAreReadAndBadPortsNamed() {
        try (Loopback jaeger = jaegerV1()) {
            run(TraceparentTestCase.class, Map.of("floe.services.jaeger.host", "127.0.0.1",
                    "floe.services.jaeger.port", Integer.toString(jaeger.port())))
                    .assertStatistics(s -> s.started(1).succeeded(1));
        }
        run(TraceparentTestCase.class, Map.of("floe.services.jaeger.port", "sixteen"))
                .assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(message(
                        "Invalid value 'sixteen' for floe.services.jaeger.port.\n"
                                + "  expected: a whole number from 1 to 65535\n"
                                + "  found:    'sixteen'\n"
                                + "  where:    floe.services.jaeger.port (from JUnit configuration parameter"
                                + " floe.services.jaeger.port)\n"
                                + "  fix:      set floe.services.jaeger.port to a whole number from 1 to 65535"))));
    }

    static class TraceparentTestCase {
        @Test
        @RequiresObservability(required = true, traceService = "floe-pipeline", spans = "pipeline.run",
                parentChild = "pipeline.run>load", spanAttributes = "pipeline.run:rows.written=1200")
        void emitsSpans(ObservabilityEvidence evidence) {
            // the code under test answered with this W3C header (a 64-bit id, as older tracers print it)
            evidence.recordTraceparent("00-0000000000000000d269b633813fc60c-eee19b7ec3c1b174-01");
        }
    }

    static class V3TestCase {
        @Test
        @RequiresObservability(required = true, spans = { "pipeline.run", "INSERT orders" }, parentChild = "load>INSERT orders")
        void emitsSpans(ObservabilityEvidence evidence) {
            evidence.recordTraceId("5B8EFFF798038103D269B633813FC60C");
        }
    }
}
