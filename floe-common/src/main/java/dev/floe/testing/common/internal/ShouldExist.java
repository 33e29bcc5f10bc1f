package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import org.apiguardian.api.API;

/** A file that must be read does not exist. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldExist {

    private ShouldExist() {
    }

    /** The message for {@code what} (e.g. "dbt manifest") missing at {@code file}; {@code fix} says how to make it. */
    public static String shouldExist(String what, Path file, String fix) {
        return FailureMessage.summary(what + " " + file.toAbsolutePath() + " does not exist.")
                .expected("an existing file")
                .found("no file at that path")
                .where(file.toAbsolutePath().toString())
                .fix(fix)
                .toString();
    }
}
