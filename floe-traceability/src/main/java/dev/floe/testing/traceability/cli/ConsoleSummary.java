package dev.floe.testing.traceability.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.floe.testing.traceability.gate.internal.BaselineDiff;
import dev.floe.testing.traceability.gate.GateResult;
import dev.floe.testing.traceability.lock.internal.SuspectLink;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.FeatureCoverage;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.view.internal.Gap;
import dev.floe.testing.traceability.view.internal.GapFinder;
import dev.floe.testing.traceability.view.internal.MatrixView;

/** The console output of {@link TraceabilityCli}: what was merged, the view, its gaps, the diff and the gate. */
final class ConsoleSummary {

    private static final int MAX_LINES = 200;
    private static final int MAX_ORPHAN_TESTS = 3;
    private static final int MAX_ORPHANS = 10;
    private static final int NAMED_IDS = 5;

    private ConsoleSummary() {
    }

    static void print(PrintStream out, int inputs, int notRun, TraceabilityMatrix matrix, MatrixView view,
            BaselineDiff diff, List<SuspectLink> suspects, GateResult gate, Path outDir, Path confirmedLock) {
        out.println("floe traceability: merged " + inputs + " input(s), " + matrix.tests().size() + " test(s)"
                + (notRun > 0 ? ", " + notRun + " of them not run (found in compiled test classes)" : "")
                + (matrix.partialRun() ? "; PARTIAL RUN: " + String.join("; ", matrix.partialReasons()) : ""));
        long partialFailing = view.requirements().stream().filter(r -> r.partialKind() == PartialKind.FAILING).count();
        long partialNotRun = view.requirements().stream().filter(r -> r.partialKind() == PartialKind.NOT_RUN).count();
        out.println(view.scope() + ": " + view.count(CoverageStatus.COVERED) + " of " + view.requirements().size()
                + " requirements fully covered (" + view.coveragePercentage() + "%), "
                + view.count(CoverageStatus.PARTIAL) + " partly covered (" + partialFailing + " failing, "
                + partialNotRun + " not run), " + view.count(CoverageStatus.UNCOVERED) + " uncovered, "
                + view.count(CoverageStatus.EXCLUDED) + " excluded; " + view.tests().size() + " test(s): "
                + view.count(TestOutcome.PASSED) + " passed, "
                + (view.count(TestOutcome.FAILED) + view.count(TestOutcome.ERRORED)) + " failed, "
                + (view.count(TestOutcome.SKIPPED) + view.count(TestOutcome.ABORTED)) + " skipped/aborted, "
                + view.count(TestOutcome.NOT_RUN) + " not run");
        if (!matrix.orphans().isEmpty()) {
            // named, not only counted: the ids are what the reader fixes
            out.println(matrix.orphans().size() + " id(s) cited by tests resolve to no requirement: "
                    + matrix.orphanNames(NAMED_IDS));
        }
        if (view.scope().equals("all")) {
            for (FeatureCoverage f : matrix.features()) {
                out.printf("  feature %-4s %-32s %4d req  %4d covered  %4d partial  %4d uncovered  %4d excluded  %5.1f%%%n",
                        f.featureId(), f.name(), f.total(), f.covered(), f.partial(), f.uncovered(), f.excluded(),
                        f.percentage());
            }
            if (!matrix.orphans().isEmpty()) {
                out.println("Orphan ids (" + matrix.orphans().size() + "): cited by tests, defined by no spec");
                matrix.orphans().stream().limit(MAX_ORPHANS).forEach(o -> out.println("  " + o.id() + " ("
                        + o.reason() + ") in " + firstFew(o.testIds(), outDir)));
                if (matrix.orphans().size() > MAX_ORPHANS) {
                    out.println("  ... and " + (matrix.orphans().size() - MAX_ORPHANS) + " more in "
                            + outDir.resolve("index.html"));
                }
            }
        }
        else {
            requirements(out, view, matrix);
            List<String> untested = view.untested().stream().map(RequirementCoverage::id).toList();
            out.println("Untested requirements (" + untested.size() + ")" + (untested.isEmpty() ? ""
                    : ": " + String.join(", ", untested)));
        }
        List<Gap> notCovered = GapFinder.of(matrix).notCovered(view.requirements());
        section(out, "Failing (covering tests failed)", notCovered.stream().filter(g -> g.status().equals("failing"))
                .toList(), outDir);
        section(out, "Not run (covering tests did not run)", notCovered.stream()
                .filter(g -> g.status().equals("not run")).toList(), outDir);
        section(out, "Gaps (uncovered: no test covers them)", view.gaps(), outDir);
        if (diff != null) {
            out.println("Against the baseline:");
            diff.lines().forEach(line -> out.println("  " + line));
        }
        if (!suspects.isEmpty()) {
            out.println("Suspect links (" + suspects.size() + "):");
            suspects.forEach(s -> out.println("  " + s.line()));
        }
        if (confirmedLock != null) {
            out.println("Links confirmed: " + confirmedLock);
        }
        out.println("Reports: " + outDir + " (traceability-matrix.json, test-report.json, traceability.md,"
                + " index.html, traceability-history.json, traceability.sarif, traceability-gate.md)");
        gate.notes().forEach(note -> out.println("Note: " + note));
        if (gate.passed()) {
            out.println("Gate: PASSED");
        }
        else {
            out.println("Gate: FAILED (" + gate.failures().size() + " reason(s))");
            gate.lines().forEach(out::println);
        }
    }

    private static void section(PrintStream out, String title, List<Gap> rows, Path outDir) {
        if (rows.isEmpty()) {
            return;
        }
        out.println(title + " (" + rows.size() + "):");
        rows.stream().limit(MAX_LINES).forEach(g -> out.println("  " + g.line()));
        if (rows.size() > MAX_LINES) {
            out.println("  ... and " + (rows.size() - MAX_LINES) + " more in " + outDir.resolve("traceability.md"));
        }
    }

    /** The first few test ids, and how many more there are (listed in full in the reports). */
    private static String firstFew(List<String> testIds, Path outDir) {
        if (testIds.size() <= MAX_ORPHAN_TESTS) {
            return String.join(", ", testIds);
        }
        return String.join(", ", testIds.subList(0, MAX_ORPHAN_TESTS)) + " and " + (testIds.size() - MAX_ORPHAN_TESTS)
                + " more test(s) (all in " + outDir.resolve("index.html") + ")";
    }

    private static void requirements(PrintStream out, MatrixView view, TraceabilityMatrix matrix) {
        Map<String, TestResult> tests = new HashMap<>();
        matrix.tests().forEach(t -> tests.put(t.testId(), t));
        out.println("Requirements:");
        for (RequirementCoverage row : view.requirements()) {
            out.println("  " + row.id() + " " + statusOf(row) + " " + row.requirement().priority() + "  tests "
                    + row.testIds().size() + " (" + row.passed() + " passed, " + row.failed() + " failed, "
                    + row.notRun() + " not run)  " + row.location());
            for (String id : row.testIds()) {
                TestResult test = tests.get(id);
                out.println("      " + (test == null ? "?" : test.outcome().reportName()) + "  " + id);
            }
        }
    }

    private static String statusOf(RequirementCoverage row) {
        return row.partialKind() == null ? row.status().reportName()
                : "partial(" + row.partialKind().reportName() + ")";
    }
}
