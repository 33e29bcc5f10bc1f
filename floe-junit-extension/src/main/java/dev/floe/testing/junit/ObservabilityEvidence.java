package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.floe.testing.fixtures.observability.CorrelationId;
import dev.floe.testing.fixtures.observability.LineageBackend;
import dev.floe.testing.fixtures.observability.PollingPolicy;
import dev.floe.testing.fixtures.observability.RunAwait;
import dev.floe.testing.fixtures.observability.TraceAwait;
import dev.floe.testing.fixtures.observability.TraceBackend;
import org.apiguardian.api.API;

/**
 * One test's view of the observability backends, injected as a test parameter by
 * {@link RequiresObservability}: the test's correlation id, the trace and run ids it produced, and
 * waits that fetch the evidence by id.
 *
 * <pre>{@code
 * @Test
 * @RequiresObservability
 * void loadsOrders(ObservabilityEvidence evidence) {
 *     pipeline.run(evidence.correlationId());          // puts it on spans and runs
 *     Trace trace = evidence.awaitTrace().untilSpans("pipeline.run", "load");
 *     assertThat(trace).hasParentChild("pipeline.run", "load");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface ObservabilityEvidence {

    /** This test's unique correlation id; put it on spans and OpenLineage runs (see {@link CorrelationId}). */
    CorrelationId correlationId();

    /** When this test started (before its body ran). */
    Instant testStart();

    /** Records a trace id the code under test produced (16 or 32 hex characters). */
    void recordTraceId(String traceId);

    /** Records the trace id of a W3C {@code traceparent} header ({@code 00-<trace id>-<span id>-<flags>}). */
    void recordTraceparent(String traceparent);

    /**
     * Records the trace id of the span current in the OpenTelemetry context ({@code Span.current()}).
     *
     * @throws IllegalStateException when no valid span is current
     */
    void recordCurrentSpan();

    /** Records an OpenLineage run id the code under test produced. */
    void recordRunId(String runId);

    /** Adds an action that flushes telemetry (e.g. {@code () -> tracerProvider.forceFlush().join(5, SECONDS)}), run before fetching. */
    void onFlush(Runnable flush);

    /** The trace ids recorded so far (explicitly or by {@link FloeSpanCapture}), normalised, in order. */
    List<String> traceIds();

    /** The run ids recorded so far, in order. */
    List<String> runIds();

    /**
     * Flushes, then waits for the first recorded trace.
     *
     * @throws IllegalStateException when no trace id was recorded for this test, or no trace backend is reachable
     */
    TraceAwait awaitTrace();

    /** Flushes, then waits for the trace {@code traceId}. */
    TraceAwait awaitTrace(String traceId);

    /** Flushes, then searches for a trace of {@code serviceName} marked with this test's correlation id since the test started. */
    TraceAwait searchTrace(String serviceName);

    /** Flushes, then waits for the first recorded run. */
    RunAwait awaitRun();

    /** Flushes, then waits for the run {@code runId}. */
    RunAwait awaitRun(String runId);

    /**
     * Flushes, then waits for the newest run of the job marked with this test's correlation id since
     * the test started. For a job whose runs cannot carry the id, drop the filter explicitly with
     * {@code awaitJob(namespace, name).withoutCorrelation()}: the configured timeout stays.
     */
    RunAwait awaitJob(String namespace, String name);

    /**
     * The configured polling ({@code floe.observability.timeout}, {@code .poll-interval.first} and
     * {@code .max}) that every wait of this evidence uses; give it to waits you build yourself on
     * {@link #traces()} or {@link #lineage()}: {@code RunAwait.byRunId(backend, id).withPolling(evidence.polling())}.
     *
     * @since 0.1.0
     */
    PollingPolicy polling();

    /** The trace backend, if it is reachable (or required). */
    Optional<TraceBackend> traces();

    /** The lineage backend, if it is reachable (or required). */
    Optional<LineageBackend> lineage();
}
