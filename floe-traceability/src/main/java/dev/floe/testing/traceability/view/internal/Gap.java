package dev.floe.testing.traceability.view.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.RequirementCoverage;

/**
 * A requirement that is not covered, with where it is written and where a test could go: a gap (an uncovered
 * requirement), or, in {@link GapFinder#notCovered} lists, a requirement whose tests failed or did not run.
 *
 * @param requirementId the feature-scoped id, e.g. {@code 004-FR-012}
 * @param status        {@code uncovered}, {@code failing} or {@code not run}
 * @param location      spec {@code file:line}
 * @param priority      {@code P1}..{@code P3}
 * @param suggestion    where a covering test could go, e.g. {@code floe-core/src/test/java/dev/floe/core/CompilerTest.java}
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record Gap(String requirementId, String status, String location, String priority, String suggestion) {

    /** Checks that the id and location are given. */
    public Gap {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(location, "location");
    }

    /** The status of {@code row} as gaps name it. */
    static String statusOf(RequirementCoverage row) {
        return row.partialKind() == null ? row.status().reportName()
                : row.partialKind().reportName().replace('_', ' ');
    }

    /** One line: {@code 004-FR-012 uncovered P1 at specs/004-x/spec.md:31 -> suggestion}. */
    public String line() {
        return requirementId + " " + status + " " + priority + " at " + location
                + (suggestion == null ? "" : " -> " + suggestion);
    }
}
