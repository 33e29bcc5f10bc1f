package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A text argument was null, empty or only white space. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNotBeBlank {

    private ShouldNotBeBlank() {
    }

    /** The message for argument {@code name} with text {@code found} at the caller named by {@code where}. */
    public static String shouldNotBeBlank(String name, String found, String where) {
        return FailureMessage.summary(name + " must not be null or blank.")
                .expected("a non-blank " + name)
                .found(FailureMessage.quote(found))
                .where(where)
                .fix("pass a " + name + " with at least one visible character")
                .toString();
    }
}
