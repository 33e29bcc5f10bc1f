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
     * as given, {@code where} the call that received it; the fix says to change {@code name} there to what is
     * expected.
     */
    public static String shouldBeValidArgument(String name, String expected, Object found, String where) {
        return shouldBeValidArgument(name, expected, found, where,
                "change " + name + " in " + where + " to " + expected);
    }

    /**
     * The message for argument {@code name}: {@code expected} is its accepted form or range, {@code found} the value
     * as given, {@code where} the call that received it, {@code fix} what to do, where the caller knows more than
     * the accepted form (an example, the usual source of a good value).
     */
    public static String shouldBeValidArgument(String name, String expected, Object found, String where, String fix) {
        return FailureMessage.summary("Invalid " + name + ": " + FailureMessage.quote(found) + ".")
                .expected(expected)
                .found(FailureMessage.quote(found))
                .where(where)
                .fix(fix)
                .toString();
    }
}
