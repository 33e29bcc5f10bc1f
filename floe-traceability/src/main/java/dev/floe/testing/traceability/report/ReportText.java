package dev.floe.testing.traceability.report;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;

/** Short human texts shared by the report formats. */
final class ReportText {

    private ReportText() {
    }

    /** A note explaining the row's status, or {@code null} when {@code covered} says it all. */
    static String notes(RequirementCoverage row) {
        if (row.status() == CoverageStatus.EXCLUDED) {
            return "excluded until " + row.exclusion().expires() + " by " + row.exclusion().owner() + ": "
                    + row.exclusion().reason();
        }
        String expired = row.exclusionExpired()
                ? "exclusion expired on " + row.exclusion().expires() + " (" + row.exclusion().owner() + ": "
                        + row.exclusion().reason() + "); "
                : "";
        return switch (row.status()) {
            case PARTIAL -> expired + row.partialKind().reportName().replace('_', ' ') + ": " + row.passed()
                    + " passed, " + row.failed() + " failed, " + row.notRun() + " not run";
            case UNCOVERED -> expired + "no test covers it; " + row.suggestion();
            default -> expired.isEmpty() ? null : expired.substring(0, expired.length() - 2);
        };
    }

    /** The text shown for a status: {@code partial (failing)}, {@code partial (not run)}, {@code covered}, ... */
    static String status(RequirementCoverage row) {
        if (row.status() == CoverageStatus.PARTIAL) {
            return "partial (" + row.partialKind().reportName().replace('_', ' ') + ")";
        }
        return row.status().reportName();
    }
}
