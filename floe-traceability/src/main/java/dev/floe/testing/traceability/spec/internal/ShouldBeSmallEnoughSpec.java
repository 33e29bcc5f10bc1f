package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A spec file larger than a spec may be. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeSmallEnoughSpec {

    private ShouldBeSmallEnoughSpec() {
    }

    /** The message for the spec at {@code relativePath} of {@code size} bytes, more than {@code max}. */
    public static String shouldBeSmallEnoughSpec(String relativePath, long size, long max) {
        return FailureMessage.summary(relativePath + ": spec is " + size + " bytes, more than the " + max
                        + " a spec may have.")
                .expected("at most " + max + " bytes")
                .found(size + " bytes")
                .where(relativePath)
                .fix("split the spec into several features, or move long material out of it")
                .toString();
    }
}
