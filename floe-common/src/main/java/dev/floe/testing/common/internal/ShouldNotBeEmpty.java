package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A collection argument was null or empty. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNotBeEmpty {

    private ShouldNotBeEmpty() {
    }

    /** The message for argument {@code name}, found {@code found}, at the caller named by {@code where}. */
    public static String shouldNotBeEmpty(String name, Object found, String where) {
        return FailureMessage.summary(name + " must not be null or empty.")
                .expected("at least one element in " + name)
                .found(found == null ? "null" : "an empty collection")
                .where(where)
                .fix("pass at least one " + name + " element")
                .toString();
    }
}
