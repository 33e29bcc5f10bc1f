package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** recordCurrentSpan() was called with no valid span current. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveCurrentSpan {

    private ShouldHaveCurrentSpan() {
    }

    /** The message for test {@code testName}. */
    public static String shouldHaveCurrentSpan(String testName) {
        return FailureMessage.summary("No valid span is current in the OpenTelemetry context of " + testName + ".")
                .expected("a valid span current (inside span.makeCurrent())")
                .found("Span.current() is invalid")
                .where("ObservabilityEvidence.recordCurrentSpan() in " + testName)
                .fix("call recordCurrentSpan() inside span.makeCurrent(), or record the id with recordTraceId(...)")
                .toString();
    }
}
