package dev.floe.testing.junit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.floe.testing.fixtures.observability.CorrelationId;
import dev.floe.testing.junit.internal.observability.ActiveTests;
import dev.floe.testing.junit.internal.observability.TestObservability;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * A span processor that knows which test a span belongs to: it records the span's trace id with
 * the running test's {@link ObservabilityEvidence}, marks the span with the test's correlation id
 * (attribute {@value CorrelationId#ATTRIBUTE_KEY}), and lets the extension flush the wrapped
 * exporter before it fetches evidence. Spans outside a {@link RequiresObservability} test pass
 * through untouched.
 *
 * <pre>{@code
 * SdkTracerProvider provider = SdkTracerProvider.builder()
 *         .addSpanProcessor(FloeSpanCapture.around(BatchSpanProcessor.builder(exporter).build()))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class FloeSpanCapture implements SpanProcessor {

    private final SpanProcessor delegate;

    private FloeSpanCapture(SpanProcessor delegate) {
        this.delegate = delegate;
    }

    /** Wraps {@code delegate} (usually a {@code BatchSpanProcessor} with the exporter). */
    public static FloeSpanCapture around(SpanProcessor delegate) {
        FloeSpanCapture capture = new FloeSpanCapture(dev.floe.testing.common.internal.Preconditions.notNull(delegate, "delegate"));
        ActiveTests.register(capture, timeout -> delegate.forceFlush().join(timeout.toMillis(), TimeUnit.MILLISECONDS));
        return capture;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        TestObservability owner = ActiveTests.owner(span.getSpanContext().getTraceId());
        if (owner != null) {
            owner.recordTraceId(span.getSpanContext().getTraceId());
            span.setAttribute(CorrelationId.ATTRIBUTE_KEY, owner.correlationId().value());
        }
        delegate.onStart(parentContext, span);
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        delegate.onEnd(span);
    }

    @Override
    public boolean isEndRequired() {
        return delegate.isEndRequired();
    }

    @Override
    public CompletableResultCode forceFlush() {
        return delegate.forceFlush();
    }

    @Override
    public CompletableResultCode shutdown() {
        ActiveTests.unregister(this);
        return delegate.shutdown();
    }
}
