package dev.floe.testing.traceability.gate.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A coverage threshold outside 0 to 100. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBePercentage {

    private ShouldBePercentage() {
    }

    /** The message for {@code percentage}, the threshold for {@code what} (the whole, a feature, a priority). */
    public static String shouldBePercentage(String what, Double percentage) {
        return FailureMessage.summary("Coverage threshold for " + what + " must be between 0 and 100.")
                .expected("a percentage from 0 to 100")
                .found(String.valueOf(percentage))
                .where("the coverage threshold for " + what + " (GatePolicy)")
                .fix("give a percentage from 0 to 100, e.g. 80")
                .toString();
    }
}
