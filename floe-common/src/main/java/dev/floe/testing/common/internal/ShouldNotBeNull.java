package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** An argument that must be given was {@code null}. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNotBeNull {

    private ShouldNotBeNull() {
    }

    /** The message for argument {@code name}, found null, at the caller named by {@code where}. */
    public static String shouldNotBeNull(String name, String where) {
        return FailureMessage.summary(name + " must not be null.")
                .expected("a value for " + name)
                .found("null")
                .where(where)
                .fix("pass a value for " + name)
                .toString();
    }
}
