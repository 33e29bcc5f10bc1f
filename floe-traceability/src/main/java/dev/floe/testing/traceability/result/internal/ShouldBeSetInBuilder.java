package dev.floe.testing.traceability.result.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A required part of a TestResult that its builder was not given. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeSetInBuilder {

    private ShouldBeSetInBuilder() {
    }

    /** The message for the missing part {@code name}, set by {@code call}. */
    public static String shouldBeSetInBuilder(String name, String call) {
        return FailureMessage.summary("TestResult." + name + " is required.")
                .expected("a value for " + name)
                .found("none")
                .where("TestResult.builder()...build()")
                .fix("call " + call + " before build()")
                .toString();
    }
}
