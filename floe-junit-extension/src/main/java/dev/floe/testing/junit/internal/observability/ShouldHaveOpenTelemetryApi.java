package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** recordCurrentSpan() was called without the OpenTelemetry API on the class path. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveOpenTelemetryApi {

    private ShouldHaveOpenTelemetryApi() {
    }

    /** The message for test {@code testName}. */
    public static String shouldHaveOpenTelemetryApi(String testName) {
        return FailureMessage.summary("recordCurrentSpan() in " + testName + " needs the OpenTelemetry API"
                        + " (io.opentelemetry:opentelemetry-api), which is not on the class path.")
                .expected("io.opentelemetry:opentelemetry-api on the test class path (floe-testing declares it optional)")
                .found("no io.opentelemetry.api classes")
                .where("ObservabilityEvidence.recordCurrentSpan() in " + testName)
                .fix("add opentelemetry-api to the test dependencies, or record the id with recordTraceId(...)")
                .toString();
    }
}
