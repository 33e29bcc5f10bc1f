package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import org.apiguardian.api.API;

/** A file could not be written. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeWritable {

    private ShouldBeWritable() {
    }

    /** The message for {@code what} at path {@code where} whose writing failed with {@code error}. */
    public static String shouldBeWritable(String what, String where, IOException error) {
        return FailureMessage.summary("Could not write " + what + ".")
                .expected("a writable folder with free space")
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(where)
                .fix("check the folder's permissions and free space, or choose another output folder")
                .toString();
    }
}
