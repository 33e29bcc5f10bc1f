package dev.floe.testing.junit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import dev.floe.testing.fixtures.observability.EvidenceTimeoutError;
import dev.floe.testing.fixtures.observability.ObservabilityBackendException;
import dev.floe.testing.junit.RequiresObservability;
import dev.floe.testing.junit.internal.observability.ObservabilityExtension;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.fixtures.observability.FakeMarquez;

class RequiresObservabilityTest {

    private FakeZipkin zipkin;
    private FakeMarquez marquez;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == java.util.logging.Level.WARNING) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void backends() {
        zipkin = new FakeZipkin();
        marquez = new FakeMarquez();
        Pipeline.current = new Pipeline(zipkin.uri(), marquez.uri());
        Logger.getLogger(ObservabilityExtension.class.getName()).addHandler(capture);
    }

    @AfterEach
    void close() throws Exception {
        Logger.getLogger(ObservabilityExtension.class.getName()).removeHandler(capture);
        Pipeline.current.close();
        zipkin.close();
        marquez.close();
    }

    private Events run(Class<?> testCase, Map<String, String> config) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("floe.observability.traces.backend", "zipkin")
                .configurationParameter("floe.services.zipkin.url", zipkin.url())
                .configurationParameter("floe.services.marquez.url", marquez.uri().toString())
                // waits that must succeed return as soon as the evidence is there: a long bound costs nothing and keeps a
                // loaded 2-core CI from timing them out; tests of the timeout path set a short one themselves
                .configurationParameter("floe.observability.timeout", "20s")
                .configurationParameters(config)
                .selectors(selectClass(testCase))
                .execute().testEvents();
    }

    private static String closedPortUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    @Covers({ "005-FR-016", "005-FR-009" })
    void declaredTraceAndLineageEvidenceIsCheckedAfterTheTestBody() {
        Events events = run(DeclaredTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertThat(warnings).isEmpty();
    }

    @Test
    @Covers({ "005-FR-016", "005-FR-011" })
    void missingDeclaredSpanFailsTheTestShowingWhatArrived() {
        Events events = run(MissingSpanTestCase.class, Map.of("floe.observability.timeout", "2500ms"));
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(
                instanceOf(EvidenceTimeoutError.class),
                // the label column widens when a 'last error' line joins: read the values, not the padding
                message(m -> Pattern.compile("\n  expected: +spans \\[pipeline\\.run, publish]").matcher(m).find()
                        && Pattern.compile("\n  found: +2 span\\(s\\) of trace ").matcher(m).find()
                        && m.contains(": [pipeline.run, load]")
                        && Pattern.compile("\n  missing: +\\[publish]").matcher(m).find()))));
    }

    @Test
    @Covers("005-FR-016")
    void wrongDeclaredLineageFailsNamingTheTestAndWhatTheRunHad() {
        Events events = run(WrongOutputTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("runsPipeline"), finishedWithFailure(
                instanceOf(AssertionError.class),
                message(m -> m.startsWith("[@RequiresObservability on WrongOutputTestCase.runsPipeline] Expected run "
                        + Pipeline.lastRunId + " to have output dataset s3://floe-warehouse::marts.customers.\n")
                        && m.contains("\n  found:    outputs [s3://floe-warehouse::marts.orders]\n")
                        && m.contains("\n  where:    run " + Pipeline.lastRunId)))));
    }

    @Test
    @Covers({ "005-FR-017", "005-FR-015", "005-FR-018" })
    void injectedEvidenceAwaitsByCapturedIdsWithFluentAssertions() {
        Events events = run(ProgrammaticTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    @Covers({ "005-FR-017", "005-FR-027" })
    void awaitJobDropsTheCorrelationFilterOnlyWhenAskedAndKeepsTheConfiguredTimeout() {
        Events events = run(UncorrelatedJobTestCase.class, Map.of("floe.observability.timeout", "17s"));
        events.assertStatistics(s -> s.started(1).succeeded(1));
    }

    @Test
    @Covers({ "005-FR-013", "005-FR-018" })
    void eachTestGetsItsOwnCorrelationIdAndFindsOnlyItsOwnEvidence() {
        Events events = run(CorrelationTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    @Covers({ "005-FR-019" })
    void optionalBackendsThatAreDownLogOneWarningEachAndTheTestPasses() throws Exception {
        String down = closedPortUrl();
        Events events = run(DeclaredTestCase.class, Map.of("floe.services.zipkin.url", down, "floe.services.marquez.url", down));
        events.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("Zipkin is not reachable at " + down
                + " (from JUnit configuration parameter floe.services.zipkin.url): skipping the trace checks of"
                + " DeclaredTestCase.runsPipeline. It is optional; set floe.services.zipkin.required=true or"
                + " @RequiresObservability(required = true) to fail instead. Error: Zipkin could not be read: GET " + down
                + "/api/v2/services; found: ConnectException");
        assertThat(warnings.get(1)).startsWith("Marquez is not reachable at " + down);
    }

    @Test
    @Covers("005-FR-019")
    void requiredBackendThatIsDownFailsNamingBackendAndEndpoint() throws Exception {
        String down = closedPortUrl();
        Events events = run(RequiredTestCase.class, Map.of("floe.services.zipkin.url", down));
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(
                instanceOf(ObservabilityBackendException.class),
                message(m -> m.startsWith("Zipkin is required but not reachable (@RequiresObservability(required = true) on"
                        + " RequiredTestCase.emitsSpans).\n  expected: Zipkin to answer its probe"
                        + "\n  found:    Zipkin could not be read: GET " + down + "/api/v2/services; found: ConnectException")
                        && m.contains("\n  where:    " + down + " (from JUnit configuration parameter floe.services.zipkin.url)"
                                + "\n  probe:    GET " + down + "/api/v2/services\n")
                        && m.endsWith("\n  fix:      start Zipkin (with floe's docker-compose.yml: 'docker compose -f <file> up -d'), or set floe.services.zipkin.url to a running one")))));
    }

    @Test
    @Covers("005-FR-019")
    void requiredThroughConfigurationFailsToo() throws Exception {
        String down = closedPortUrl();
        Events events = run(DeclaredTestCase.class, Map.of("floe.services.marquez.url", down, "floe.services.marquez.required", "true"));
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("runsPipeline"), finishedWithFailure(
                message(m -> m.startsWith("Marquez is required but not reachable (floe.services.marquez.required=true).")))));
    }

    @Test
    @Covers({ "005-FR-022", "005-FR-019" })
    void aPasswordInABackendUrlNeverReachesTheWarningOrTheFailure() throws Exception {
        String down = closedPortUrl();
        String withPassword = down.replace("http://", "http://floe:s3cr3t-pw@");
        Events optional = run(DeclaredTestCase.class, Map.of("floe.services.zipkin.url", withPassword));
        optional.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("Zipkin is not reachable at " + down.replace("http://", "http://***@") + " (from")
                .doesNotContain("s3cr3t-pw");

        Events required = run(RequiredTestCase.class, Map.of("floe.services.zipkin.url", withPassword));
        required.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(
                instanceOf(ObservabilityBackendException.class),
                message(m -> m.contains("\n  where:    " + down.replace("http://", "http://***@") + " (from ")
                        && m.contains("\n  probe:    GET http://***@") && !m.contains("s3cr3t-pw")))));

        Events badUrl = run(RequiredTestCase.class, Map.of("floe.services.zipkin.url", "http://floe:s3cr3t-pw@bad host:9411"));
        badUrl.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(message(
                "Invalid value 'http://***@bad host:9411' for floe.services.zipkin.url.\n"
                        + "  expected: a URL with scheme, host and port like http://localhost:9411\n"
                        + "  found:    'http://***@bad host:9411' (not a URL)\n"
                        + "  where:    floe.services.zipkin.url (from JUnit configuration parameter floe.services.zipkin.url)\n"
                        + "  fix:      write it as http://localhost:9411"))));
    }

    @Test
    @Covers("005-FR-019")
    void coreFunctionalityWorksWithBothBackendsAbsent() throws Exception {
        String down = closedPortUrl();
        Events events = run(NoBackendsNeededTestCase.class, Map.of("floe.services.zipkin.url", down, "floe.services.marquez.url", down));
        events.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(warnings).isEmpty();
    }

    @Test
    @Covers("005-FR-016")
    void aDeclarationOnTheClassIsCheckedAfterEachOfItsTests() {
        Events events = run(ClassLevelTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(
                instanceOf(AssertionError.class),
                message(m -> m.startsWith("[@RequiresObservability on ClassLevelTestCase.emitsSpans] Expected span"
                        + " 'pipeline.run' to be a child of span 'load' in trace ")
                        && m.matches("(?s).*\n  found:    'pipeline.run' [0-9a-f]{16} has parent \\(root\\).*")))));
    }

    @Test
    @Covers({ "005-FR-018", "005-FR-016" })
    void runIdsEmittedThroughTheCapturingTransportAreFetchedByIdWithoutNamingTheJob() {
        Events events = run(CapturedRunTestCase.class, Map.of());
        events.assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(marquez.requests()).extracting(r -> r.getUrl().encodedPath())
                .contains("/api/v1/jobs/runs/" + Pipeline.lastRunId);
    }

    @Test
    @Covers({ "005-FR-016", "007-FR-010" })
    void illFormedDeclarationFailsNamingTheAttribute() {
        Events events = run(IllFormedTestCase.class, Map.of());
        events.assertThatEvents().haveExactly(1, event(test("emitsSpans"), finishedWithFailure(
                instanceOf(IllegalArgumentException.class),
                message("Invalid spanAttributes 'rows.written' in @RequiresObservability.\n"
                        + "  expected: spanName:key=value, e.g. load:rows.written=42\n"
                        + "  found:    'rows.written'\n"
                        + "  where:    @RequiresObservability(spanAttributes = ...) on the test method\n"
                        + "  fix:      write it as spanName:key=value, e.g. load:rows.written=42"))));
    }

    @Test
    @Covers("005-FR-021")
    void badConfigurationValueFailsNamingKeyAndSource() {
        Events events = run(ProgrammaticTestCase.class, Map.of("floe.observability.timeout", "thirty"));
        events.assertThatEvents().haveExactly(1, event(test("awaitsEvidence"), finishedWithFailure(
                message(m -> m.startsWith("Invalid value 'thirty' for floe.observability.timeout.\n")
                        && m.contains("\n  where:    floe.observability.timeout (from JUnit configuration parameter"
                                + " floe.observability.timeout)")
                        && m.contains("\n  fix:      set floe.observability.timeout to a positive duration like 30s or"
                                + " 500ms")))));
    }

    // ---- fixture test classes, run through EngineTestKit ----

    static class DeclaredTestCase {
        @Test
        @RequiresObservability(traceService = Pipeline.SERVICE, spans = { "pipeline.run", "extract" },
                parentChild = "pipeline.run>load", spanAttributes = "load:rows.written=42",
                lineageNamespace = Pipeline.NAMESPACE, lineageJob = Pipeline.JOB, events = { "START", "COMPLETE" },
                inputs = "postgres://db:5432::raw.orders", outputs = "s3://floe-warehouse::marts.orders",
                runFacets = "floeTestCorrelation")
        void runsPipeline(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            Pipeline.current.run(evidence.correlationId(), false);
        }
    }

    static class MissingSpanTestCase {
        @Test
        @RequiresObservability(spans = { "pipeline.run", "publish" })
        void emitsSpans() {
            Pipeline.current.traceOnly();
        }
    }

    static class WrongOutputTestCase {
        @Test
        @RequiresObservability(lineageNamespace = Pipeline.NAMESPACE, lineageJob = Pipeline.JOB, outputs = "s3://floe-warehouse::marts.customers")
        void runsPipeline(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            Pipeline.lastRunId = Pipeline.current.run(evidence.correlationId(), false).toString();
            evidence.recordRunId(Pipeline.lastRunId);
        }
    }

    static class RequiredTestCase {
        @Test
        @RequiresObservability(required = true, spans = "pipeline.run")
        void emitsSpans() {
            Pipeline.current.traceOnly();
        }
    }

    @RequiresObservability(parentChild = "load>pipeline.run")
    static class ClassLevelTestCase {
        @Test
        void emitsSpans() {
            Pipeline.current.traceOnly();
        }
    }

    static class CapturedRunTestCase {
        @Test
        @RequiresObservability(events = { "START", "COMPLETE" }, outputs = "s3://floe-warehouse::marts.orders")
        void runsPipeline(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            Pipeline.lastRunId = Pipeline.current.run(evidence.correlationId(), false).toString();
            assertThat(evidence.runIds()).containsExactly(Pipeline.lastRunId);
        }
    }

    static class IllFormedTestCase {
        @Test
        @RequiresObservability(spanAttributes = "rows.written")
        void emitsSpans() {
            Pipeline.current.traceOnly();
        }
    }

    @RequiresObservability
    static class NoBackendsNeededTestCase {
        @Test
        void usesOnlyTheCorrelationId(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            assertThat(evidence.correlationId().value()).startsWith("floe-");
            evidence.recordTraceparent("00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01");
            assertThat(evidence.traceIds()).containsExactly("0af7651916cd43dd8448eb211c80319c");
            assertThat(evidence.traces()).isEmpty();
            io.opentelemetry.api.trace.Span remote = io.opentelemetry.api.trace.Span.wrap(io.opentelemetry.api.trace.SpanContext.create(
                    "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", io.opentelemetry.api.trace.TraceFlags.getSampled(),
                    io.opentelemetry.api.trace.TraceState.getDefault()));
            try (var ignored = remote.makeCurrent()) {
                evidence.recordCurrentSpan();
            }
            assertThat(evidence.traceIds()).containsExactly("0af7651916cd43dd8448eb211c80319c", "4bf92f3577b34da6a3ce929d0e0e4736");
            org.assertj.core.api.Assertions.assertThatThrownBy(evidence::recordCurrentSpan)
                    .hasMessageStartingWith("No valid span is current in the OpenTelemetry context of NoBackendsNeededTestCase.usesOnlyTheCorrelationId");
        }
    }

    @RequiresObservability
    static class ProgrammaticTestCase {
        @Test
        void awaitsEvidence(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            String traceId = Pipeline.current.run(evidence.correlationId(), true).toString();
            assertThat(traceId).isNotBlank();
            assertThat(evidence.traceIds()).hasSize(1);
            var trace = evidence.awaitTrace().untilSpans("pipeline.run", "load");
            dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat(trace)
                    .hasParentChild("pipeline.run", "load")
                    .hasSpanStartingBefore("extract", "load")
                    .isMarkedWith(evidence.correlationId());
            var run = evidence.awaitJob(Pipeline.NAMESPACE, Pipeline.JOB).untilFinished();
            dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat(run)
                    .hasState(dev.floe.testing.fixtures.observability.RunState.FAILED)
                    .hasEventSequence(dev.floe.testing.fixtures.observability.LineageEventType.START,
                            dev.floe.testing.fixtures.observability.LineageEventType.FAIL);
        }
    }

    @RequiresObservability
    static class UncorrelatedJobTestCase {
        @Test
        void findsTheNewestRunOfAJobNoTestMarked(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            String unmarked = Pipeline.current.run(dev.floe.testing.fixtures.observability.CorrelationId.random(), false)
                    .toString();
            var wait = evidence.awaitJob(Pipeline.NAMESPACE, Pipeline.JOB).withoutCorrelation();
            assertThat(wait.toString()).contains("(any correlation id)").contains("timeout=PT17S");
            assertThat(evidence.polling().timeout()).isEqualTo(java.time.Duration.ofSeconds(17));
            assertThat(evidence.awaitRun(unmarked).toString()).contains("timeout=PT17S");
            assertThat(wait.untilFinished().runId()).isEqualTo(unmarked);
        }
    }

    @RequiresObservability
    static class CorrelationTestCase {
        @Test
        void first(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            runAndFindOwn(evidence);
        }

        @Test
        void second(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            runAndFindOwn(evidence);
        }

        private static void runAndFindOwn(dev.floe.testing.junit.ObservabilityEvidence evidence) {
            Pipeline.current.traceOnly();
            var trace = evidence.searchTrace(Pipeline.SERVICE).untilSpans("load");
            assertThat(trace.traceId()).isEqualTo(evidence.traceIds().get(0));
            dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat(trace).isMarkedWith(evidence.correlationId());
            // this test's run, then a newer run of the same job by "another test": the job wait must pick this test's run
            String own = Pipeline.current.run(evidence.correlationId(), false).toString();
            Pipeline.current.run(dev.floe.testing.fixtures.observability.CorrelationId.random(), true);
            var run = evidence.awaitJob(Pipeline.NAMESPACE, Pipeline.JOB).untilFinished();
            assertThat(run.runId()).isEqualTo(own);
            dev.floe.testing.fixtures.observability.ObservabilityAssertions.assertThat(run)
                    .hasState(dev.floe.testing.fixtures.observability.RunState.COMPLETED);
        }
    }
}
