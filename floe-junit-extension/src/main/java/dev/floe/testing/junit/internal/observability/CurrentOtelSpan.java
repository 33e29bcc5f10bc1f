package dev.floe.testing.junit.internal.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace id of OpenTelemetry's current span. The one place besides {@code FloeSpanCapture} that names an
 * OpenTelemetry type: OpenTelemetry is optional, so this class is loaded only when a test calls
 * {@code recordCurrentSpan()}, which needs it by nature.
 */
final class CurrentOtelSpan {

    private CurrentOtelSpan() {
    }

    /** The current span's trace id, or null when no valid span is current. */
    static String traceId() {
        SpanContext current = Span.current().getSpanContext();
        return current.isValid() ? current.getTraceId() : null;
    }
}
