package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** awaitTrace() was called but no trace id was recorded. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveRecordedTraceId {

    private ShouldHaveRecordedTraceId() {
    }

    /** The message for test {@code testName}. */
    public static String shouldHaveRecordedTraceId(String testName) {
        return FailureMessage.summary("No trace id was recorded for " + testName + ".")
                .expected("a trace id recorded before awaitTrace()")
                .found("no trace id")
                .where("ObservabilityEvidence.awaitTrace() in " + testName)
                .fix("wrap your exporter's span processor in FloeSpanCapture.around(...), or call recordTraceId /"
                        + " recordTraceparent, or use searchTrace(service)")
                .toString();
    }
}
