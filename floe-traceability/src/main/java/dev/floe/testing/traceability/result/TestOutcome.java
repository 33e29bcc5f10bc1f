package dev.floe.testing.traceability.result;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How one test ended, as the traceability matrix counts it.
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum TestOutcome {

    /** The test ran and passed. */
    PASSED,

    /** The test ran and an assertion failed. */
    FAILED,

    /** The test ran and threw something other than an assertion error. */
    ERRORED,

    /** The test was disabled or its container was skipped. */
    SKIPPED,

    /** The test started but was aborted (an assumption did not hold). */
    ABORTED,

    /** The test was planned but never ran, e.g. because its class failed in {@code @BeforeAll}. */
    NOT_RUN;

    private final String reportName = name().equals("ERRORED") ? "error" : name().toLowerCase(Locale.ROOT);

    /** The value used in JSON reports: {@code passed}, {@code failed}, {@code error}, {@code skipped}, {@code aborted}, {@code not_run}. */
    public String reportName() {
        return reportName;
    }

    /** Whether the test ran and did not pass. */
    public boolean isFailure() {
        return this == FAILED || this == ERRORED;
    }

    /** Whether the test did not run to an end (skipped, aborted or not run). */
    public boolean isNotRun() {
        return this == SKIPPED || this == ABORTED || this == NOT_RUN;
    }

    /** The outcome that wins when one test id was recorded twice (e.g. in two shards): a failure anywhere wins. */
    public static TestOutcome worse(TestOutcome a, TestOutcome b) {
        return a.severity() >= b.severity() ? a : b;
    }

    private int severity() {
        return switch (this) {
            case PASSED -> 0;
            case SKIPPED -> 1;
            case ABORTED -> 2;
            case NOT_RUN -> 3;
            case FAILED -> 4;
            case ERRORED -> 5;
        };
    }
}
