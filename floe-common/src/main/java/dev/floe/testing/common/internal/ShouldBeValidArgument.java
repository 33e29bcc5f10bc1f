package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** An argument is given but out of its range or form. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeValidArgument {

    private ShouldBeValidArgument() {
    }

    /**
     * The message for argument {@code name}: {@code expected} is its accepted form or range, {@code found} the value
     * as given, {@code where} the caller.
     */
    public static String shouldBeValidArgument(String name, String expected, Object found, String where) {
        return FailureMessage.summary("Invalid " + name + ": " + FailureMessage.quote(found) + ".")
                .expected(expected)
                .found(FailureMessage.quote(found))
                .where(where)
                .fix("pass " + expected)
                .toString();
    }
}
