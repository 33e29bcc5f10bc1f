package dev.floe.testing.junit.internal.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A CompiledArtifacts reader under contract test rejected valid artifacts. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldReadValidArtifacts {

    private ShouldReadValidArtifacts() {
    }

    /** The message for {@code target} artifacts of {@code variant} rejected with {@code error}. */
    public static String shouldReadValidArtifacts(String target, String variant, String error) {
        return FailureMessage.summary("The reader rejected valid " + target + " artifacts (" + variant + ").")
                .expected("the reader to accept the valid " + target + " (" + variant + ") artifacts")
                .found(error)
                .where("CompiledArtifactsReaderContract.roundTrip, " + target + " (" + variant + ")")
                .fix("make the reader accept every field of the v1.0.0 contract as CompiledArtifactsFactory writes it")
                .toString();
    }
}
