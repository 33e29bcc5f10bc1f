package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A command-line option that needs another one, given without it. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveRequiredOption {

    private ShouldHaveRequiredOption() {
    }

    /** The message for {@code option}, which needs {@code needed} ({@code what} says what it is for). */
    public static String shouldHaveRequiredOption(String option, String needed, String what) {
        return FailureMessage.summary(option + " needs " + needed + ".")
                .expected(needed + ": " + what)
                .found(option + " without " + needed)
                .where("the command line, option " + option)
                .fix("add " + needed + ", or remove " + option)
                .toString();
    }
}
