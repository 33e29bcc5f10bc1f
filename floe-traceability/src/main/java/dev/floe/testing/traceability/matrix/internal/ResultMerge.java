package dev.floe.testing.traceability.matrix.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Merges results that share a test id (forks, shards, reruns): the worse outcome wins (a failure anywhere
 * counts as failed), covered ids are united, and ties are broken by content so the order of the inputs
 * never shows in the output.
 */
final class ResultMerge {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<TestResult> TIE_BREAK = Comparator
            .comparing(TestResult::message, TEXT)
            .thenComparing(TestResult::displayName, TEXT)
            .thenComparing(TestResult::module, TEXT)
            .thenComparing(TestResult::sourceFile, TEXT)
            .thenComparing(TestResult::stackTrace, TEXT);

    private ResultMerge() {
    }

    static Collection<TestResult> byTestId(List<TestResult> all) {
        Map<String, TestResult> merged = new LinkedHashMap<>();
        for (TestResult result : all) {
            merged.merge(result.testId(), result, ResultMerge::mergeTwo);
        }
        return merged.values();
    }

    private static TestResult mergeTwo(TestResult a, TestResult b) {
        TestOutcome outcome = TestOutcome.worse(a.outcome(), b.outcome());
        TestResult winner;
        if (a.outcome() != b.outcome()) {
            winner = outcome == a.outcome() ? a : b;
        }
        else {
            // same outcome: pick by content, so the merge does not depend on the order of its inputs
            winner = TIE_BREAK.compare(a, b) <= 0 ? a : b;
        }
        TreeSet<String> ids = new TreeSet<>(a.coveredIds());
        ids.addAll(b.coveredIds());
        return winner.toBuilder().withCoveredIds(List.copyOf(ids)).withOutcome(outcome)
                .withDurationMs(Math.max(a.durationMs(), b.durationMs())).withSetupMs(Math.max(a.setupMs(), b.setupMs()))
                .build();
    }
}
