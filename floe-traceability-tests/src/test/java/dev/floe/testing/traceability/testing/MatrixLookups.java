package dev.floe.testing.traceability.testing;

import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestResult;

/** The tests' way to pick one row or one test out of a matrix, failing with what the matrix holds. */
public final class MatrixLookups {

    private MatrixLookups() {
    }

    /** The first test of {@code matrix} whose id ends with {@code suffix}. */
    public static TestResult test(TraceabilityMatrix matrix, String suffix) {
        return matrix.tests().stream().filter(t -> t.testId().endsWith(suffix)).findFirst().orElseThrow(
                () -> new AssertionError("no test id ends with " + suffix + " in " + matrix.tests()));
    }

    /** The requirement row {@code id} of {@code matrix}. */
    public static RequirementCoverage row(TraceabilityMatrix matrix, String id) {
        return matrix.requirements().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no requirement " + id + " in the matrix"));
    }
}
