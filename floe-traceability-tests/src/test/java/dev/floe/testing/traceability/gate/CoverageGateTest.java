package dev.floe.testing.traceability.gate;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.result;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.gate.internal.GateCheck;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.TraceabilityMerge;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.view.internal.MatrixView;

class CoverageGateTest {

    private final TraceabilityMatrix halfCovered = TraceabilityMerge
            .of(specs(requirement("004", "FR-001", 10, "catalog"), requirement("004", "FR-002", 11, "catalog")))
            .withResults(List.of(result("lists", TestOutcome.PASSED, "004-FR-001")))
            .withGeneratedAt(Instant.parse("2026-11-26T09:00:00Z"))
            .build();

    @Test
    @Covers("006-FR-015")
    void checksTheWholeMatrixAgainstTheMinimumWithoutBaselineOrSuspects() {
        GateResult failing = CoverageGate.check(halfCovered, GatePolicy.defaults().withMinCoverage(80));
        GateResult passing = CoverageGate.check(halfCovered, GatePolicy.defaults().withMinCoverage(50));

        assertThat(failing.passed()).isFalse();
        assertThat(failing.failures()).extracting(GateFailure::rule).containsExactly("min-coverage");
        assertThat(failing).isEqualTo(GateCheck.check(MatrixView.whole(halfCovered), halfCovered,
                GatePolicy.defaults().withMinCoverage(80), null, List.of()));
        assertThat(passing.passed()).isTrue();
    }
}
