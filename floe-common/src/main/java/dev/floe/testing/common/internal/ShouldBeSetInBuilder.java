package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A required value that a builder's {@code build()} found never set. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeSetInBuilder {

    private ShouldBeSetInBuilder() {
    }

    /**
     * The message for the required value {@code name} of {@code built} (e.g. {@code CompiledArtifacts}), set by
     * {@code builder}'s method {@code method} (e.g. {@code CompiledArtifactsBuilder}, {@code withMetadata});
     * {@code exampleCall} is a call to copy, e.g. {@code withOutcome(TestOutcome.PASSED)}.
     */
    public static String shouldBeSetInBuilder(String built, String name, String builder, String method,
            String exampleCall) {
        return FailureMessage.summary(built + "." + name + " is required.")
                .expected("a value for " + name)
                .found("none: " + method + " was never called")
                .where(builder + "." + method + "(...)")
                .fix("call " + exampleCall + " before build()")
                .toString();
    }
}
