package dev.floe.testing.junit.internal.artifacts;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A parameter could not be resolved because of a failure that carries its own message. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldResolveParameter {

    private ShouldResolveParameter() {
    }

    /** The message for {@code parameter} of {@code executable} whose value failed with {@code cause} (a formed message). */
    public static String shouldResolveParameter(String what, String parameter, String executable, String cause) {
        return FailureMessage.summary("Cannot inject " + what + " into parameter '" + parameter + "' of " + executable
                        + ".")
                .expected("a " + what + " for the parameter")
                .found(cause)
                .where("parameter '" + parameter + "' of " + executable)
                .fix("follow the fix line of the failure above")
                .toString();
    }
}
