package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** Two command-line options that exclude each other, given together. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNotCombineOptions {

    private ShouldNotCombineOptions() {
    }

    /** The message for {@code first} and {@code second}, given together. */
    public static String shouldNotCombineOptions(String first, String second) {
        return FailureMessage.summary("Give " + first + " or " + second + ", not both.")
                .expected("at most one of " + first + " and " + second)
                .found("both")
                .where("the command line, options " + first + " and " + second)
                .fix("remove one of " + first + " and " + second)
                .toString();
    }
}
