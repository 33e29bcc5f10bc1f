package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import org.apiguardian.api.API;

/** A file, resource or URL could not be read. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeReadable {

    private ShouldBeReadable() {
    }

    /**
     * The message for {@code what} (e.g. "junit-platform.properties") at {@code where} (its path or URL) that failed
     * with {@code error}; {@code fix} says what to do.
     */
    public static String shouldBeReadable(String what, String where, IOException error, String fix) {
        return FailureMessage.summary("Cannot read " + what + ".")
                .expected("a readable " + what)
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(where)
                .fix(fix)
                .toString();
    }
}
