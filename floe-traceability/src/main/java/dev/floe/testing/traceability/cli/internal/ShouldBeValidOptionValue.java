package dev.floe.testing.traceability.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A command-line option with a value it does not accept. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidOptionValue {

    private ShouldBeValidOptionValue() {
    }

    /**
     * The message for {@code value} of {@code option}, which should be {@code expected}; {@code problem} (nullable)
     * says what is wrong with it.
     */
    public static String shouldBeValidOptionValue(String option, String value, String expected, String problem,
            String fix) {
        return FailureMessage.summary("Invalid " + option + " " + FailureMessage.quote(value) + ".")
                .expected(expected)
                .found(FailureMessage.quote(value) + (problem == null ? "" : " (" + problem + ")"))
                .where("the command line, option " + option)
                .fix(fix)
                .toString();
    }
}
