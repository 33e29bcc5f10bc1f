package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.junit.internal.observability.ActiveTests;
import dev.floe.testing.junit.internal.observability.TestObservability;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.transports.Transport;
import org.apiguardian.api.API;

/**
 * An OpenLineage transport that knows which test a run event belongs to: it records the event's
 * {@code run.runId} with the running test's {@link ObservabilityEvidence}, so the evidence is
 * fetched by id (no search), then hands the event to the wrapped transport. Events emitted outside
 * a {@link RequiresObservability} test pass through untouched. Needs {@code io.openlineage:openlineage-java}
 * on the test class path (the code under test has it).
 *
 * <pre>{@code
 * OpenLineageClient client = new OpenLineageClient(FloeLineageCapture.around(new HttpTransport(config)));
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class FloeLineageCapture extends Transport {

    private final Transport delegate;

    private FloeLineageCapture(Transport delegate) {
        this.delegate = delegate;
    }

    /** Wraps {@code delegate} (usually the {@code HttpTransport} to Marquez). */
    public static FloeLineageCapture around(Transport delegate) {
        return new FloeLineageCapture(Preconditions.notNull(delegate, "delegate"));
    }

    @Override
    public void emit(OpenLineage.RunEvent runEvent) {
        record(runEvent);
        delegate.emit(runEvent);
    }

    @Override
    public void emit(OpenLineage.RunEvent runEvent, Duration timeout) {
        record(runEvent);
        delegate.emit(runEvent, timeout);
    }

    @Override
    public void emit(OpenLineage.DatasetEvent datasetEvent) {
        delegate.emit(datasetEvent);
    }

    @Override
    public void emit(OpenLineage.JobEvent jobEvent) {
        delegate.emit(jobEvent);
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    private static void record(OpenLineage.RunEvent event) {
        TestObservability owner = ActiveTests.current();
        if (owner != null && event != null && event.getRun() != null && event.getRun().getRunId() != null) {
            owner.recordRunId(event.getRun().getRunId().toString());
        }
    }
}
