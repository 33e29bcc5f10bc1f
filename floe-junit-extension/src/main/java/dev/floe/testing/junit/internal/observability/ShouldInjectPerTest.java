package dev.floe.testing.junit.internal.observability;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** ObservabilityEvidence was asked for outside a test method. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldInjectPerTest {

    private ShouldInjectPerTest() {
    }

    /** The message for {@code parameter}, declared by {@code executable}. */
    public static String shouldInjectPerTest(Object parameter, String executable) {
        return FailureMessage.summary("ObservabilityEvidence (" + parameter + ") is per test.")
                .expected("an ObservabilityEvidence parameter of a test method")
                .found("a parameter of " + executable + " (a constructor or class-level callback)")
                .where(executable + ", parameter " + parameter)
                .fix("inject it into a test method, not a constructor or class-level callback")
                .toString();
    }
}
