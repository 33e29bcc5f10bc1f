package dev.floe.testing.traceability.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * What the Markdown and HTML reports both show, computed once: requirements by reading status ({@code covered},
 * {@code failing}, {@code not_run}, {@code uncovered}, {@code excluded}; "partial" split in two), tests by status,
 * per-feature and per-package figures. A gap is an uncovered requirement, nothing else.
 */
final class ReportFacts {

    /** The reading statuses of requirements, in the order the reports list them. */
    static final List<String> REQUIREMENT_STATUSES = List.of("covered", "failing", "not_run", "uncovered", "excluded");

    /** Per feature: requirements by reading status. */
    record FeatureRow(String featureId, String name, String specFile, int[] counts, double percentage) {
    }

    /**
     * Per package (the module that ran the tests): tests by outcome, time, class set-up time, and the requirements its
     * tests cover with how many of them its tests alone cover fully.
     */
    record PackageRow(String name, int[] outcomes, long durationMs, long setupMs, int requirements, int covered) {
    }

    final TraceabilityMatrix matrix;
    final Map<String, List<String>> idsByTest;
    final Map<String, TestResult> testsById;
    final Map<String, Integer> testIndex;
    /** The ids of the matrix's requirements. */
    final Set<String> rowIds = new java.util.HashSet<>();
    final List<RequirementCoverage> failing = new ArrayList<>();
    final List<RequirementCoverage> notRun = new ArrayList<>();
    final List<RequirementCoverage> uncovered = new ArrayList<>();
    final int[] requirementCounts = new int[REQUIREMENT_STATUSES.size()];
    final int[] testCounts = new int[TestOutcome.values().length];
    final List<FeatureRow> features = new ArrayList<>();
    final List<PackageRow> packages = new ArrayList<>();

    ReportFacts(TraceabilityMatrix matrix, Map<String, List<String>> idsByTest) {
        this.matrix = matrix;
        this.idsByTest = idsByTest;
        this.testsById = new HashMap<>(matrix.tests().size() * 2);
        this.testIndex = new HashMap<>(matrix.tests().size() * 2);
        for (TestResult test : matrix.tests()) {
            testIndex.put(test.testId(), testIndex.size());
            testsById.put(test.testId(), test);
            testCounts[test.outcome().ordinal()]++;
        }
        Map<String, int[]> byFeature = new TreeMap<>();
        for (RequirementCoverage row : matrix.requirements()) {
            rowIds.add(row.id());
            String status = status(row);
            requirementCounts[REQUIREMENT_STATUSES.indexOf(status)]++;
            switch (status) {
                case "failing" -> failing.add(row);
                case "not_run" -> notRun.add(row);
                case "uncovered" -> uncovered.add(row);
                default -> {
                }
            }
            String feature = row.requirement().id().feature() == null ? "" : row.requirement().id().feature();
            byFeature.computeIfAbsent(feature, k -> new int[REQUIREMENT_STATUSES.size()])[REQUIREMENT_STATUSES
                    .indexOf(status)]++;
        }
        matrix.features().forEach(f -> features.add(new FeatureRow(f.featureId(), f.name(), f.specFile(),
                byFeature.getOrDefault(f.featureId(), new int[REQUIREMENT_STATUSES.size()]), f.percentage())));
        packages();
    }

    private void packages() {
        Map<String, int[]> outcomes = new TreeMap<>();
        Map<String, long[]> times = new HashMap<>();
        Map<String, Map<String, Long>> setupByClass = new HashMap<>();
        for (TestResult test : matrix.tests()) {
            String module = moduleOf(test);
            outcomes.computeIfAbsent(module, k -> new int[TestOutcome.values().length])[test.outcome().ordinal()]++;
            times.computeIfAbsent(module, k -> new long[1])[0] += test.durationMs();
            if (test.setupMs() > 0) {
                setupByClass.computeIfAbsent(module, k -> new HashMap<>()).merge(String.valueOf(test.className()),
                        test.setupMs(), Math::max);
            }
        }
        Map<String, int[]> requirements = new HashMap<>();
        for (RequirementCoverage row : matrix.requirements()) {
            Map<String, Boolean> allPassedByModule = new TreeMap<>();
            for (String id : row.testIds()) {
                TestResult test = testsById.get(id);
                allPassedByModule.merge(moduleOf(test), test.outcome() == TestOutcome.PASSED, Boolean::logicalAnd);
            }
            allPassedByModule.forEach((module, allPassed) -> {
                int[] c = requirements.computeIfAbsent(module, k -> new int[2]);
                c[0]++;
                if (allPassed) {
                    c[1]++;
                }
            });
        }
        outcomes.forEach((module, counts) -> {
            int[] r = requirements.getOrDefault(module, new int[2]);
            long setup = setupByClass.getOrDefault(module, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            packages.add(new PackageRow(module, counts, times.get(module)[0], setup, r[0], r[1]));
        });
    }

    /** The reading status of a requirement: {@code covered}, {@code failing}, {@code not_run}, {@code uncovered}, {@code excluded}. */
    static String status(RequirementCoverage row) {
        if (row.status() == CoverageStatus.PARTIAL) {
            return row.partialKind() == PartialKind.FAILING ? "failing" : "not_run";
        }
        return row.status().reportName();
    }

    /** The words for a reading status: {@code not run} for {@code not_run}. */
    static String words(String status) {
        return status.replace('_', ' ');
    }

    int count(String requirementStatus) {
        return requirementCounts[REQUIREMENT_STATUSES.indexOf(requirementStatus)];
    }

    int count(TestOutcome outcome) {
        return testCounts[outcome.ordinal()];
    }

    /** The covering tests of {@code row} that failed or errored. */
    List<TestResult> failedTests(RequirementCoverage row) {
        return row.testIds().stream().map(testsById::get).filter(t -> t.outcome().isFailure()).toList();
    }

    /** The covering tests of {@code row} that did not run to an end. */
    List<TestResult> notRunTests(RequirementCoverage row) {
        return row.testIds().stream().map(testsById::get).filter(t -> t.outcome().isNotRun()).toList();
    }

    /** Why a not-run requirement's tests did not run: their distinct reasons, or what usually causes it. */
    String notRunReason(RequirementCoverage row) {
        Set<String> reasons = new LinkedHashSet<>();
        for (TestResult test : notRunTests(row)) {
            reasons.add(test.message() != null ? test.message() : test.outcome().reportName().replace('_', ' '));
        }
        return reasons.isEmpty() ? "its tests did not run" : String.join("; ", reasons);
    }

    /** The packages whose tests cover {@code row}, space-separated. */
    String packagesOf(RequirementCoverage row) {
        Set<String> modules = new TreeSet<>();
        row.testIds().forEach(id -> modules.add(moduleOf(testsById.get(id))));
        return String.join(" ", modules);
    }

    static String moduleOf(TestResult test) {
        return test.module() == null || test.module().isBlank() ? "(unknown)" : test.module();
    }

    static String priorityOf(RequirementCoverage row) {
        return row.requirement().priority() == null ? "P2" : row.requirement().priority();
    }
}
