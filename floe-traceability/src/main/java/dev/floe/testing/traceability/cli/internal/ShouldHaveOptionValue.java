package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A command-line option given without the value it needs. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldHaveOptionValue {

    private ShouldHaveOptionValue() {
    }

    /**
     * The message for {@code option}, followed by {@code next} (null at the end of the command line) instead of a
     * value.
     */
    public static String shouldHaveOptionValue(String option, String next) {
        return FailureMessage.summary("Option " + option + " needs a value.")
                .expected("a value after " + option)
                .found(next == null ? "the end of the command line" : "the option " + next)
                .where("the command line, option " + option)
                .fix("give " + option + " its value; run with --help for the options")
                .toString();
    }
}
