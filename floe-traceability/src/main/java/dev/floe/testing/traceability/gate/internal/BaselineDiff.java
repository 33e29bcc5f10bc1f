package dev.floe.testing.traceability.gate.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * What changed between a baseline and a matrix, per requirement: what a pull request did to traceability.
 *
 * @param lostCoverage    covered in the baseline, not covered now (and not excluded): fails the ratchet
 * @param newlyUncovered  had covering tests in the baseline, has none now
 * @param newlyFailing    partial because of failing tests now, not so in the baseline
 * @param newlyOrphaned   ids tests cite that no spec defines, that were not orphans in the baseline
 * @param newlyCovered    covered now, not in the baseline
 * @param removed         requirements of the baseline that the specs no longer define
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record BaselineDiff(List<String> lostCoverage, List<String> newlyUncovered, List<String> newlyFailing,
        List<String> newlyOrphaned, List<String> newlyCovered, List<String> removed) {

    /** Copies the lists. */
    public BaselineDiff {
        lostCoverage = List.copyOf(lostCoverage);
        newlyUncovered = List.copyOf(newlyUncovered);
        newlyFailing = List.copyOf(newlyFailing);
        newlyOrphaned = List.copyOf(newlyOrphaned);
        newlyCovered = List.copyOf(newlyCovered);
        removed = List.copyOf(removed);
    }

    /** Compares {@code matrix} with {@code baseline}. */
    public static BaselineDiff between(Baseline baseline, TraceabilityMatrix matrix) {
        Map<String, RequirementCoverage> now = new TreeMap<>();
        matrix.requirements().forEach(r -> now.put(r.id(), r));
        List<String> lost = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        now.forEach((id, row) -> {
            String before = baseline.statuses().get(id);
            if (before == null) {
                if (row.status() == CoverageStatus.COVERED) {
                    covered.add(id + " (new requirement)");
                }
                return;
            }
            if (before.equals("covered") && row.status() != CoverageStatus.COVERED
                    && row.status() != CoverageStatus.EXCLUDED) {
                lost.add(id + ": covered -> " + describe(row) + " at " + row.location());
            }
            if (row.status() == CoverageStatus.UNCOVERED && before.matches("covered|partial.*")) {
                uncovered.add(id + ": " + before.replace(':', ' ') + " -> uncovered at " + row.location());
            }
            if (row.partialKind() == PartialKind.FAILING && !before.equals("partial:failing")) {
                failing.add(id + ": " + before.replace(':', ' ') + " -> failing (" + row.failed() + " failing test(s))");
            }
            if (row.status() == CoverageStatus.COVERED && !before.equals("covered")) {
                covered.add(id + ": " + before.replace(':', ' ') + " -> covered");
            }
        });
        Set<String> orphans = new TreeSet<>();
        for (Orphan orphan : matrix.orphans()) {
            if (!baseline.orphans().contains(orphan.id())) {
                orphans.add(orphan.id() + " cited by " + String.join(", ", orphan.testIds()));
            }
        }
        List<String> removed = baseline.statuses().keySet().stream().filter(id -> !now.containsKey(id)).toList();
        return new BaselineDiff(lost, uncovered, failing, new ArrayList<>(orphans), covered, removed);
    }

    private static String describe(RequirementCoverage row) {
        return row.partialKind() == null ? row.status().reportName()
                : row.status().reportName() + " (" + row.partialKind().reportName() + ")";
    }

    /** The diff as lines, one section per non-empty list. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        section(lines, "lost coverage", lostCoverage);
        section(lines, "newly uncovered", newlyUncovered);
        section(lines, "newly failing", newlyFailing);
        section(lines, "newly orphaned", newlyOrphaned);
        section(lines, "newly covered", newlyCovered);
        section(lines, "removed from the specs", removed);
        if (lines.isEmpty()) {
            lines.add("no change against the baseline");
        }
        return lines;
    }

    private static void section(List<String> lines, String title, List<String> items) {
        if (!items.isEmpty()) {
            lines.add(title + " (" + items.size() + "):");
            items.forEach(item -> lines.add("  " + item));
        }
    }
}
