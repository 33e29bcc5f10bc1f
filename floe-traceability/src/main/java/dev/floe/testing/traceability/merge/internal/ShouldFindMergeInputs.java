package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A merge without any input: no traceability-matrix.json under the folders searched. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldFindMergeInputs {

    private ShouldFindMergeInputs() {
    }

    /** The message for a search of {@code searched} that found no merge input. */
    public static String shouldFindMergeInputs(String searched) {
        return FailureMessage.summary("No merge input found: no traceability-matrix.json under " + searched + ".")
                .expected("at least one traceability-matrix.json or test-report.json written by a test run")
                .found("no merge input")
                .where(searched)
                .fix("run the tests first (mvn verify), or name the merge input files or folders on the command line")
                .toString();
    }
}
