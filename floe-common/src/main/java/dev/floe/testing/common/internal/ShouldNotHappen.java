package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Something that holds on every supported JVM and input failed (a map of strings not writable as JSON, SHA-256
 * missing): a bug in floe-testing or a broken runtime, reported with what held until now.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldNotHappen {

    private ShouldNotHappen() {
    }

    /**
     * The message for {@code operation} (e.g. "writing the Dagster run config as YAML") at {@code where} (class and
     * method) that failed with {@code error} although {@code expected} always holds.
     */
    public static String shouldNotHappen(String operation, String expected, String where, Throwable error) {
        return FailureMessage.summary(operation + " failed, which should not happen.")
                .expected(expected)
                .found(error.getClass().getSimpleName() + ": " + error.getMessage())
                .where(where)
                .fix("report it as a floe-testing bug with this message; check that the JVM and the Jackson version"
                        + " on the class path are the supported ones")
                .toString();
    }
}
