package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** @RequiresObservability expects spans but nothing says which trace to check. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNameTraceSource {

    private ShouldNameTraceSource() {
    }

    /** The message for test {@code testName} expecting spans {@code names}. */
    public static String shouldNameTraceSource(String testName, Object names) {
        return FailureMessage.summary("@RequiresObservability on " + testName + " expects spans " + names
                        + " but no trace id was recorded and no traceService names where to search.")
                .expected("a recorded trace id, or traceService naming the service to search")
                .found("no trace id and traceService = \"\"")
                .where("@RequiresObservability on " + testName)
                .fix("wrap your exporter's span processor in FloeSpanCapture.around(...), call"
                        + " ObservabilityEvidence.recordTraceId(...), or set traceService")
                .toString();
    }
}
