package dev.floe.testing.traceability.matrix;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Coverage figures for one feature (one spec).
 *
 * @param featureId  the three-digit feature id, or {@code ""} for a spec outside a {@code NNN-name} folder
 * @param name       the spec folder name, e.g. {@code 006-integration-testing}
 * @param specFile   the spec file, relative to the build root
 * @param total      requirements in the spec
 * @param covered    covered requirements
 * @param partial    partially covered requirements
 * @param uncovered  uncovered requirements
 * @param excluded   excluded requirements
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public record FeatureCoverage(String featureId, String name, String specFile, int total, int covered,
        int partial, int uncovered, int excluded) {

    /** Covered requirements as a percentage of those not excluded, one decimal; {@code 0} when none count. */
    public double percentage() {
        return TraceabilityMatrix.percentage(covered, total - excluded);
    }
}
