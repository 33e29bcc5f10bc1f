package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.spec.Requirement;

/**
 * One row of the matrix: a requirement, its status and the tests that cover it.
 *
 * @param requirement the requirement as read from its spec
 * @param status      its coverage status
 * @param partialKind why it is partial, or {@code null} when it is not
 * @param testIds     the covering tests' ids, sorted
 * @param passed      covering tests that passed
 * @param failed      covering tests that failed or errored
 * @param notRun      covering tests that were skipped, aborted or not run
 * @param exclusion   the exclusion that applies (valid or expired), or {@code null}
 * @param suggestion  for an uncovered requirement, where a test could go; otherwise {@code null}
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record RequirementCoverage(Requirement requirement, CoverageStatus status, PartialKind partialKind,
        List<String> testIds, int passed, int failed, int notRun, Exclusion exclusion, String suggestion) {

    public RequirementCoverage {
        testIds = List.copyOf(testIds);
    }

    /** The feature-scoped id, e.g. {@code 006-FR-024}. */
    public String id() {
        return requirement.id().toString();
    }

    /** {@code spec file:line} of the requirement. */
    public String location() {
        return requirement.specFile() + ":" + requirement.line();
    }

    /** Whether an exclusion names this requirement but has expired. */
    public boolean exclusionExpired() {
        return exclusion != null && status != CoverageStatus.EXCLUDED;
    }
}
