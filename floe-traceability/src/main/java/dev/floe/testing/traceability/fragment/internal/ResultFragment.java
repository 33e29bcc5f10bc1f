package dev.floe.testing.traceability.fragment.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.result.TestResult;

/**
 * What one test plan of one JVM recorded: its results and what tells whether the run was partial.
 *
 * @param format         the fragment format version, {@value #FORMAT}
 * @param runId          the run the fragment belongs to (one Maven invocation, or one JVM)
 * @param module         the module that ran the plan
 * @param partialReasons why this plan alone shows the run is partial (e.g. a method was selected)
 * @param testClassDirs  absolute class folders the plan's test classes came from, for the static scan
 * @param results        the plan's test results
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record ResultFragment(int format, String runId, String module, List<String> partialReasons,
        List<String> testClassDirs, List<TestResult> results) {

    /** The current fragment format. */
    public static final int FORMAT = 1;

    public ResultFragment {
        Objects.requireNonNull(runId, "runId");
        partialReasons = partialReasons == null ? List.of() : List.copyOf(partialReasons);
        testClassDirs = testClassDirs == null ? List.of() : List.copyOf(testClassDirs);
        results = results == null ? List.of() : List.copyOf(results);
    }
}
