package dev.floe.testing.traceability.gate.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.gate.CoverageGate;
import dev.floe.testing.traceability.gate.GateFailure;
import dev.floe.testing.traceability.gate.GatePolicy;
import dev.floe.testing.traceability.gate.GateResult;
import dev.floe.testing.traceability.lock.internal.SuspectLink;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.view.internal.Gap;
import dev.floe.testing.traceability.view.internal.GapFinder;
import dev.floe.testing.traceability.view.internal.MatrixView;

/**
 * The gate's rules, for {@link CoverageGate#check(TraceabilityMatrix, GatePolicy)} (the whole matrix) and for the
 * command line's full check: a narrower view, a baseline and suspect links, all of them internal types.
 *
 * <pre>{@code
 * GateResult result = GateCheck.check(MatrixView.feature(matrix, "004"), matrix, policy, diff, suspects);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GateCheck {

    private GateCheck() {
    }

    /**
     * Checks {@code view} of {@code matrix} against {@code policy}, with a baseline and suspect links.
     *
     * @param diff     the diff against a baseline, or {@code null} without one
     * @param suspects the suspect links of the view's requirements
     */
    public static GateResult check(MatrixView view, TraceabilityMatrix matrix, GatePolicy policy, BaselineDiff diff,
            List<SuspectLink> suspects) {
        Preconditions.notNull(view, "view");
        Preconditions.notNull(policy, "policy");
        List<GateFailure> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (matrix.error() != null) {
            failures.add(new GateFailure("error", matrix.error(), List.of()));
            return new GateResult(failures, notes);
        }
        if (!matrix.specs().specErrors().isEmpty()) {
            failures.add(new GateFailure("spec-errors", matrix.specs().specErrors().size()
                    + " error(s) in the specs: fix them, the rest of the matrix is reported as usual",
                    matrix.specs().specErrors()));
        }
        GapFinder finder = GapFinder.of(matrix);
        if (policy.minCoverage() != null) {
            threshold(failures, "min-coverage", view.scope(), view.requirements(), policy.minCoverage(), finder);
        }
        for (Map.Entry<String, Double> entry : policy.featureMinimums().entrySet()) {
            List<RequirementCoverage> rows = view.requirements().stream()
                    .filter(r -> entry.getKey().equals(r.requirement().id().feature())).toList();
            if (rows.isEmpty()) {
                // validated by the caller for the whole matrix; a narrower view may hold none of the feature
                continue;
            }
            threshold(failures, "feature-coverage", "feature " + entry.getKey(), rows, entry.getValue(), finder);
        }
        for (Map.Entry<String, Double> entry : policy.priorityMinimums().entrySet()) {
            List<RequirementCoverage> rows = view.requirements().stream()
                    .filter(r -> entry.getKey().equals(priority(r))).toList();
            if (!rows.isEmpty()) {
                threshold(failures, "priority-coverage", "priority " + entry.getKey(), rows, entry.getValue(), finder);
            }
        }
        List<String> skipped = skipped(view);
        if (!skipped.isEmpty()) {
            if (policy.allowSkipped()) {
                notes.add(skipped.size() + " skipped or aborted test(s), allowed by the policy");
            }
            else {
                failures.add(new GateFailure("skipped", skipped.size() + " test(s) were skipped or aborted; floe's rule"
                        + " is zero skipped (tests fail, never skip)", skipped));
            }
        }
        if (diff != null && !diff.lostCoverage().isEmpty()) {
            failures.add(new GateFailure("ratchet", diff.lostCoverage().size()
                    + " requirement(s) covered in the baseline are no longer covered", diff.lostCoverage()));
        }
        if (!suspects.isEmpty()) {
            List<String> lines = suspects.stream().map(SuspectLink::line).toList();
            if (policy.failOnSuspect()) {
                failures.add(new GateFailure("suspect-links", suspects.size() + " requirement(s) changed since their"
                        + " links were confirmed; check the tests, then confirm the links", lines));
            }
            else {
                notes.add(suspects.size() + " suspect link(s): " + String.join("; ", lines));
            }
        }
        return new GateResult(failures, notes);
    }

    private static void threshold(List<GateFailure> failures, String rule, String scope,
            List<RequirementCoverage> rows, double minimum, GapFinder finder) {
        int excluded = (int) rows.stream().filter(r -> r.status() == CoverageStatus.EXCLUDED).count();
        int covered = (int) rows.stream().filter(r -> r.status() == CoverageStatus.COVERED).count();
        int whole = rows.size() - excluded;
        double percentage = whole <= 0 ? 100.0 : Math.round(covered * 1000.0 / whole) / 10.0;
        if (percentage + 1e-9 < minimum) {
            List<String> notCovered = finder.notCovered(rows).stream().map(Gap::line).toList();
            failures.add(new GateFailure(rule, "coverage " + percentage + "% (" + covered + " of " + whole
                    + " requirements) is below the minimum " + minimum + "% for " + scope + "; not covered:",
                    notCovered));
        }
    }

    private static List<String> skipped(MatrixView view) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TestResult test : view.tests()) {
            if ((test.outcome() == TestOutcome.SKIPPED || test.outcome() == TestOutcome.ABORTED)
                    && seen.add(test.testId())) {
                ids.add(test.testId() + " (" + test.outcome().reportName()
                        + (test.message() == null ? "" : ": " + test.message()) + ")");
            }
        }
        return ids;
    }

    private static String priority(RequirementCoverage row) {
        return row.requirement().priority() == null ? "P2" : row.requirement().priority();
    }
}
