package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A merge whose matrix could not be built because the specs are unusable. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveUsableSpecs {

    private ShouldHaveUsableSpecs() {
    }

    /** The message for a matrix whose build stopped at {@code error}, with the specs searched as {@code searched}. */
    public static String shouldHaveUsableSpecs(String error, String searched) {
        return FailureMessage.summary("Cannot build the traceability matrix: the specs are unusable.")
                .expected("spec files that define at least one requirement, such as - **FR-001**: ...")
                .found(error)
                .where(searched)
                .fix("write or correct the specs the found line names, or set floe.traceability.specs to where they are")
                .toString();
    }
}
