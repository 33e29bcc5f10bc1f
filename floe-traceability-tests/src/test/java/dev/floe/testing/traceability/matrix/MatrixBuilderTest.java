package dev.floe.testing.traceability.matrix;

import static dev.floe.testing.traceability.testing.MatrixLookups.row;
import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.result;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

class MatrixBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final SpecSet specs = specs(
            requirement("002", "FR-001", 10, "recording"),
            requirement("002", "FR-002", 11, "recording"),
            requirement("002", "FR-003", 12, "reports"),
            requirement("002", "FR-004", 13, "reports"),
            requirement("002", "FR-005", 14, "reports"),
            requirement("002", "FR-006a", 15, "reports"),
            requirement("006", "FR-001", 20, "traceability"));

    @Test
    @Covers("002-FR-010")
    void givesEachRequirementItsStatusAndTellsFailingFromNotRun() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs)
                .withResults(List.of(
                        result("passes", TestOutcome.PASSED, "002-FR-001", "002-FR-002"),
                        result("fails", TestOutcome.FAILED, "002-FR-002"),
                        result("skipped", TestOutcome.SKIPPED, "002-FR-003"),
                        result("alsoPasses", TestOutcome.PASSED, "002-FR-003"),
                        result("suffixed", TestOutcome.PASSED, "FR-006a")))
                .withExclusions(List.of(new Exclusion("002-FR-005", "needs a Docker engine", "lead",
                        LocalDate.parse("2026-12-31"))))
                .build(NOW);

        assertThat(row(matrix, "002-FR-001").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(row(matrix, "002-FR-002").status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(row(matrix, "002-FR-002").partialKind()).isEqualTo(PartialKind.FAILING);
        assertThat(row(matrix, "002-FR-003").partialKind()).isEqualTo(PartialKind.NOT_RUN);
        assertThat(row(matrix, "002-FR-004").status()).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(row(matrix, "002-FR-005").status()).isEqualTo(CoverageStatus.EXCLUDED);
        assertThat(row(matrix, "002-FR-006a").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(matrix.coveragePercentage()).isEqualTo(33.3); // 2 covered of 6 not excluded
        assertThat(matrix.summaryLine()).startsWith("2 of 7 requirements covered (33.3%), 1 failing, 1 not run, 2 uncovered, 1 excluded");
        assertThat(matrix.features()).extracting(FeatureCoverage::featureId, FeatureCoverage::total,
                FeatureCoverage::covered).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("002", 6, 2),
                        org.assertj.core.groups.Tuple.tuple("006", 1, 0));
    }

    @Test
    @Covers("002-FR-011")
    void anExpiredExclusionNoLongerExcusesTheGap() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs)
                .withExclusions(List.of(new Exclusion("002-FR-004", "later", "ops", LocalDate.parse("2026-11-25"))))
                .build(NOW);

        RequirementCoverage row = row(matrix, "002-FR-004");
        assertThat(row.status()).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(row.exclusionExpired()).isTrue();
        assertThat(TraceabilityReports.render(matrix).get(TraceabilityReports.MARKDOWN))
                .contains("`002-FR-004` (exclusion expired 2026-11-25)");
    }

    @Test
    @Covers("002-FR-012")
    void listsOrphansAndAmbiguousLocalIds() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs)
                .withResults(List.of(
                        result("unknown", TestOutcome.PASSED, "002-FR-099"),
                        result("ambiguous", TestOutcome.PASSED, "FR-001"),
                        result("local", TestOutcome.PASSED, "FR-002")))
                .build(NOW);

        assertThat(matrix.orphans()).extracting(Orphan::id, Orphan::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("002-FR-099", "not defined by any spec"),
                org.assertj.core.groups.Tuple.tuple("FR-001",
                        "ambiguous: defined by features 002, 006; write it as 002-FR-001"));
        assertThat(row(matrix, "002-FR-002").status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    @Covers("002-FR-012")
    void resolvesALocalIdAgainstTheDefaultFeature() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs).withDefaultFeature("006")
                .withResults(List.of(result("local", TestOutcome.PASSED, "FR-001")))
                .build(NOW);

        assertThat(row(matrix, "006-FR-001").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(row(matrix, "002-FR-001").status()).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(matrix.orphans()).isEmpty();
    }

    @Test
    @Covers("002-FR-013")
    void noSpecIsAnErrorSayingWhereItLookedNeverFullCoverage() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(new SpecSet("specs/**/spec.md under /repo", List.of(),
                List.of(), List.of())).withResults(List.of(result("a", TestOutcome.PASSED, "FR-001"))).build(NOW);

        assertThat(matrix.error()).isEqualTo("No spec found: looked for specs/**/spec.md under /repo."
                + " Write specs as specs/NNN-name/spec.md or set floe.traceability.specs.");
        assertThat(matrix.coveragePercentage()).isZero();
        assertThat(matrix.summaryLine()).startsWith("Traceability error: No spec found");
    }

    @Test
    @Covers("002-FR-013")
    void specsWithoutRequirementsAreAnError() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(new SpecSet("specs/**/spec.md under /repo",
                List.of("specs/001-x/spec.md"), List.of(), List.of())).build(NOW);

        assertThat(matrix.error()).startsWith("The specs define no requirement (specs/001-x/spec.md; looked for "
                + "specs/**/spec.md under /repo)");
    }

    @Test
    @Covers("002-FR-009")
    void mergesResultsOfOneTestFromSeveralFragmentsWhateverTheirOrder() {
        TestResult passedHere = result("flaky", TestOutcome.PASSED, "002-FR-001");
        TestResult failedThere = result("flaky", TestOutcome.FAILED, "002-FR-002");
        List<TestResult> inputs = new ArrayList<>(List.of(passedHere, failedThere,
                result("other", TestOutcome.PASSED, "002-FR-003")));

        String first = TraceabilityReports.render(MatrixBuilder.forSpecs(specs).withResults(inputs).build(NOW))
                .toString();
        Collections.reverse(inputs);
        TraceabilityMatrix reversed = MatrixBuilder.forSpecs(specs).withResults(inputs).build(NOW);

        assertThat(TraceabilityReports.render(reversed).toString()).isEqualTo(first);
        assertThat(reversed.tests()).hasSize(2);
        TestResult merged = reversed.tests().get(0);
        assertThat(merged.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(merged.coveredIds()).containsExactly("002-FR-001", "002-FR-002");
        assertThat(row(reversed, "002-FR-001").partialKind()).isEqualTo(PartialKind.FAILING);
    }

    @Test
    @Covers("002-FR-016")
    void suggestsTheFileWhereTheFeaturesOtherTestsLive() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs)
                .withResults(List.of(result("a", TestOutcome.PASSED, "002-FR-001"))).build(NOW);

        assertThat(row(matrix, "002-FR-004").suggestion())
                .isEqualTo("add @Covers(\"002-FR-004\") to a test in core/src/test/java/demo/DemoTest.java");
        assertThat(row(matrix, "006-FR-001").suggestion()).isEqualTo(
                "a test annotated @Covers(\"006-FR-001\") in src/test/java, e.g. TraceabilityTest.java");
    }

    @Test
    @Covers("002-FR-012")
    void reportsAnExclusionThatNamesNoRequirementAndADuplicateRequirement() {
        SpecSet duplicate = specs(requirement("002", "FR-001", 10, "a"), requirement("002", "FR-001", 30, "a"));
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(duplicate)
                .withExclusions(List.of(new Exclusion("002-FR-404", "r", "me", LocalDate.parse("2030-01-01"))))
                .build(NOW);

        assertThat(matrix.problems()).containsExactly(
                "Exclusion of 002-FR-404 names no requirement of the specs (owner me)",
                "Requirement 002-FR-001 is defined twice: specs/002-demo/spec.md:10 and specs/002-demo/spec.md:30");
    }
}
