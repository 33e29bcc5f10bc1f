package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A spec pattern (glob) from configuration that cannot be used. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidSpecPattern {

    private ShouldBeValidSpecPattern() {
    }

    /** The message for {@code glob}, set in {@code source}, with {@code problem} saying what is wrong. */
    public static String shouldBeValidSpecPattern(String glob, String source, String problem) {
        return FailureMessage.summary("Invalid spec pattern '" + glob + "' (from " + source + ").")
                .expected("a glob relative to the build root with '/', such as specs/**/spec.md")
                .found(FailureMessage.quote(glob) + ": " + problem)
                .where("floe.traceability.specs (from " + source + ")")
                .fix("write the pattern relative to the build root, with '/' and without '..', such as specs/**/spec.md")
                .toString();
    }
}
