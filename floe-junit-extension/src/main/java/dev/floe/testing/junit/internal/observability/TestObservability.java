package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.fixtures.observability.CorrelationId;
import dev.floe.testing.fixtures.observability.LineageBackend;
import dev.floe.testing.fixtures.observability.ObservabilityBackendException;
import dev.floe.testing.fixtures.observability.PollingPolicy;
import dev.floe.testing.fixtures.observability.RunAwait;
import dev.floe.testing.fixtures.observability.TraceAwait;
import dev.floe.testing.fixtures.observability.TraceBackend;
import dev.floe.testing.fixtures.observability.TraceQuery;
import dev.floe.testing.junit.ObservabilityEvidence;
import org.apiguardian.api.API;

/** One test's {@link ObservabilityEvidence}: ids captured, flush hooks, waits against the run's backends. */
@API(status = INTERNAL, since = "0.1.0")
public final class TestObservability implements ObservabilityEvidence {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    private final String testName;
    private final CorrelationId correlationId = CorrelationId.random();
    private final Instant testStart = Instant.now();
    private final BackendConnections connections;
    private final ObservabilitySettings settings;
    private final List<String> traceIds = new CopyOnWriteArrayList<>();
    private final List<String> runIds = new CopyOnWriteArrayList<>();
    private final List<Runnable> flushes = new CopyOnWriteArrayList<>();
    private volatile boolean finished;

    TestObservability(String testName, BackendConnections connections, ObservabilitySettings settings) {
        this.testName = testName;
        this.connections = connections;
        this.settings = settings;
    }

    String testName() {
        return testName;
    }

    /** Where searches and raw-event reads start: the test's start minus the configured clock skew. */
    Instant windowStart() {
        return testStart.minus(settings.clockSkew());
    }

    boolean isFinished() {
        return finished;
    }

    void finish() {
        finished = true;
    }

    @Override
    public CorrelationId correlationId() {
        return correlationId;
    }

    @Override
    public Instant testStart() {
        return testStart;
    }

    @Override
    public void recordTraceId(String traceId) {
        String id = normaliseTraceId(traceId);
        if (!traceIds.contains(id)) {
            traceIds.add(id);
        }
    }

    @Override
    public void recordTraceparent(String traceparent) {
        Matcher m = TRACEPARENT.matcher(Preconditions.notBlank(traceparent, "traceparent").strip().toLowerCase(java.util.Locale.ROOT));
        Preconditions.condition(m.matches(), "traceparent",
                "a W3C traceparent header: 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>", traceparent,
                "pass the traceparent header as the call carried it, e.g. "
                        + "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        recordTraceId(m.group(1));
    }

    @Override
    public void recordCurrentSpan() {
        String traceId;
        try {
            traceId = CurrentOtelSpan.traceId();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(ShouldHaveOpenTelemetryApi.shouldHaveOpenTelemetryApi(testName), e);
        }
        if (traceId == null) {
            throw new IllegalStateException(ShouldHaveCurrentSpan.shouldHaveCurrentSpan(testName));
        }
        recordTraceId(traceId);
    }

    @Override
    public void recordRunId(String runId) {
        String id = Preconditions.notBlank(runId, "runId").strip();
        if (!runIds.contains(id)) {
            runIds.add(id);
        }
    }

    @Override
    public void onFlush(Runnable flush) {
        flushes.add(Preconditions.notNull(flush, "flush"));
    }

    @Override
    public List<String> traceIds() {
        return List.copyOf(traceIds);
    }

    @Override
    public List<String> runIds() {
        return List.copyOf(runIds);
    }

    /** Runs the flush hooks and flushes every {@code FloeSpanCapture}. */
    void flush() {
        flushes.forEach(Runnable::run);
        ActiveTests.flushAll(FLUSH_TIMEOUT);
    }

    @Override
    public TraceAwait awaitTrace() {
        flush();
        if (traceIds.isEmpty()) {
            throw new IllegalStateException(ShouldHaveRecordedTraceId.shouldHaveRecordedTraceId(testName));
        }
        return awaitTrace(traceIds.get(0));
    }

    @Override
    public TraceAwait awaitTrace(String traceId) {
        flush();
        return TraceAwait.byId(traceBackend(), traceId).withPolling(settings.polling());
    }

    @Override
    public TraceAwait searchTrace(String serviceName) {
        flush();
        TraceQuery query = TraceQuery.forService(serviceName)
                .between(windowStart(), Instant.now().plus(settings.polling().timeout()).plusSeconds(5))
                .withAttribute(CorrelationId.ATTRIBUTE_KEY, correlationId.value());
        return TraceAwait.bySearch(traceBackend(), query).withPolling(settings.polling());
    }

    @Override
    public RunAwait awaitRun() {
        flush();
        if (runIds.isEmpty()) {
            throw new IllegalStateException(ShouldHaveRecordedRunId.shouldHaveRecordedRunId(testName));
        }
        return awaitRun(runIds.get(0));
    }

    @Override
    public RunAwait awaitRun(String runId) {
        flush();
        return RunAwait.byRunId(lineageBackend(), runId).since(windowStart()).withPolling(settings.polling());
    }

    @Override
    public RunAwait awaitJob(String namespace, String name) {
        flush();
        return RunAwait.byJob(lineageBackend(), namespace, name).withCorrelation(correlationId)
                .since(windowStart()).withPolling(settings.polling());
    }

    @Override
    public PollingPolicy polling() {
        return settings.polling();
    }

    @Override
    public Optional<TraceBackend> traces() {
        return Optional.ofNullable(connections.traces().backend());
    }

    @Override
    public Optional<LineageBackend> lineage() {
        return Optional.ofNullable(connections.lineage().backend());
    }

    private TraceBackend traceBackend() {
        return available(connections.traces());
    }

    private LineageBackend lineageBackend() {
        return available(connections.lineage());
    }

    private static <B extends AutoCloseable> B available(BackendConnections.Probed<B> probed) {
        if (!probed.reachable()) {
            throw Unreachable.failure(probed, "this test asked for it through ObservabilityEvidence");
        }
        return probed.backend();
    }

    private static String normaliseTraceId(String traceId) {
        String id = Preconditions.notBlank(traceId, "traceId").strip().toLowerCase(java.util.Locale.ROOT);
        Preconditions.condition(id.matches("[0-9a-f]{1,32}") && !id.matches("0+"), "traceId",
                "a trace id of up to 32 hex characters, not all zeros", traceId,
                "pass the trace id as the trace backend or the traceparent header shows it, e.g. "
                        + "4bf92f3577b34da6a3ce929d0e0e4736");
        return "0".repeat(32 - id.length()) + id;
    }

    /** Messages for a backend that did not answer its probe. */
    static final class Unreachable {

        private Unreachable() {
        }

        static ObservabilityBackendException failure(BackendConnections.Probed<?> probed, String why) {
            var e = probed.endpoint();
            return new ObservabilityBackendException(ShouldReachBackend.shouldReachBackend(e.name(), e.shown(),
                    e.source(), String.valueOf(probed.probe()), firstLine(probed.error()), e.keyPrefix(), why),
                    probed.error(), false);
        }

        static String warning(BackendConnections.Probed<?> probed, String testName, String checks) {
            var e = probed.endpoint();
            return e.name() + " is not reachable at " + e.shown() + " (from " + e.source() + "): skipping the " + checks
                    + " checks of " + testName + ". It is optional; set " + e.keyPrefix()
                    + ".required=true or @RequiresObservability(required = true) to fail instead. Error: " + firstLine(probed.error());
        }

        private static String firstLine(Throwable t) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return dev.floe.testing.common.internal.FailureMessage.oneLine(message);
        }
    }
}
