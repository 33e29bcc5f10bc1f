package dev.floe.testing.traceability.maven.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A traceability run the command line stopped: bad input, or an unexpected error. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldReadTraceabilityInputs {

    private ShouldReadTraceabilityInputs() {
    }

    /** The message for the run that stopped with {@code error}, the one-line message of the command line ({@code summary | expected: ... | fix: ...}); {@code unexpected} when it was not an input error. */
    public static String shouldReadTraceabilityInputs(String error, boolean unexpected) {
        String found = error == null || error.isBlank() ? "no message" : error.strip();
        return FailureMessage.summary(unexpected ? "floe-traceability stopped on an unexpected error."
                        : "floe-traceability could not use its inputs; nothing was written.")
                .expected("readable specs, merge inputs, exclusions, lock file and baseline, and valid parameters")
                .found(found)
                .where(unexpected ? "the floe-traceability run" : "the input that the found line names")
                .fix(unexpected ? "report it as a floe-testing bug with this message"
                        : "do what the found line's fix: part says")
                .toString();
    }
}
