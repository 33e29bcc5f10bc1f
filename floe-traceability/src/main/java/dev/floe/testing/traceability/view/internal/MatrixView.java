package dev.floe.testing.traceability.view.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * A slice of a matrix: the whole of it, one feature ({@code 004}) or one package (the module that ran the
 * tests, e.g. {@code floe-core}), with its requirements, tests, figures and gaps.
 *
 * <pre>{@code
 * MatrixView view = MatrixView.feature(matrix, "004");
 * view.coveragePercentage();   // 87.5
 * view.gaps();                 // uncovered requirements with spec file:line and a suggested test location
 * }</pre>
 *
 * @param scope        {@code all}, {@code feature 004} or {@code package floe-core}
 * @param requirements the requirements in scope, sorted by id
 * @param tests        the tests in scope (those covering a requirement in scope; for a package, its tests), sorted
 * @param gaps         the gaps in scope: requirements no test covers, with a suggested test location
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record MatrixView(String scope, List<RequirementCoverage> requirements, List<TestResult> tests,
        List<Gap> gaps) {

    /** Copies the lists. */
    public MatrixView {
        requirements = List.copyOf(requirements);
        tests = List.copyOf(tests);
        gaps = List.copyOf(gaps);
    }

    /** The whole matrix. */
    public static MatrixView whole(TraceabilityMatrix matrix) {
        return new MatrixView("all", matrix.requirements(), matrix.tests(),
                GapFinder.of(matrix).gaps(matrix.requirements()));
    }

    /**
     * The requirements of one feature and the tests that cover them.
     *
     * @throws UnknownScopeException when no spec defines {@code featureId}, listing those that exist
     */
    public static MatrixView feature(TraceabilityMatrix matrix, String featureId) {
        List<RequirementCoverage> rows = matrix.requirements().stream()
                .filter(r -> featureId.equals(r.requirement().id().feature())).toList();
        if (rows.isEmpty()) {
            Set<String> known = new TreeSet<>();
            matrix.features().forEach(f -> known.add(f.featureId()));
            throw new UnknownScopeException(ShouldBeKnownScope.shouldBeKnownScope("feature", featureId, known,
                    "the feature to show (--feature)"));
        }
        return new MatrixView("feature " + featureId, rows, testsOf(matrix, rows),
                GapFinder.of(matrix).gaps(rows));
    }

    /**
     * The tests one module ran, the requirements they cover, and the gaps of the requirements whose package
     * is this module.
     *
     * @throws UnknownScopeException when no test ran in {@code module}, listing the modules that have tests
     */
    public static MatrixView module(TraceabilityMatrix matrix, String module) {
        List<TestResult> tests = matrix.tests().stream().filter(t -> module.equals(t.module())).toList();
        if (tests.isEmpty()) {
            Set<String> known = new TreeSet<>();
            matrix.tests().forEach(t -> known.add(t.module() == null ? "(unknown)" : t.module()));
            throw new UnknownScopeException(ShouldBeKnownScope.shouldBeKnownScope("package", module, known,
                    "the package to show (--package)"));
        }
        Set<String> ids = new TreeSet<>();
        tests.forEach(t -> ids.add(t.testId()));
        GapFinder finder = GapFinder.of(matrix);
        List<RequirementCoverage> rows = matrix.requirements().stream()
                .filter(r -> r.testIds().stream().anyMatch(ids::contains)
                        || module.equals(finder.packageOf(r.requirement())))
                .toList();
        return new MatrixView("package " + module, rows, tests, finder.gaps(rows));
    }

    private static List<TestResult> testsOf(TraceabilityMatrix matrix, List<RequirementCoverage> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(r.testIds()));
        Map<String, TestResult> byId = new HashMap<>();
        matrix.tests().forEach(t -> byId.put(t.testId(), t));
        List<TestResult> tests = new ArrayList<>();
        new TreeSet<>(ids).forEach(id -> tests.add(byId.get(id)));
        return tests;
    }

    /** How many requirements in scope have {@code status}. */
    public int count(CoverageStatus status) {
        return (int) requirements.stream().filter(r -> r.status() == status).count();
    }

    /** How many tests in scope ended with {@code outcome}. */
    public int count(TestOutcome outcome) {
        return (int) tests.stream().filter(t -> t.outcome() == outcome).count();
    }

    /** Covered requirements as a percentage of those in scope not excluded, one decimal. */
    public double coveragePercentage() {
        int whole = requirements.size() - count(CoverageStatus.EXCLUDED);
        return whole <= 0 ? 0.0 : Math.round(count(CoverageStatus.COVERED) * 1000.0 / whole) / 10.0;
    }

    /** The requirements in scope that no test covers. */
    public List<RequirementCoverage> untested() {
        return requirements.stream().filter(r -> r.status() == CoverageStatus.UNCOVERED).toList();
    }
}
