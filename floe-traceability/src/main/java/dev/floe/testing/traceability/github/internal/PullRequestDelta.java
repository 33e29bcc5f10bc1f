package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.gate.internal.Baseline;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * What a pull request changed in traceability, against the default branch's matrix, as Markdown for a
 * pull-request comment: requirements newly covered, newly failing, newly uncovered and newly partial (tests
 * that did not run), each with its spec {@code file:line}, and the coverage before and after.
 *
 * @param baseline       where the baseline was read from
 * @param before         coverage % of the baseline
 * @param after          coverage % now
 * @param newlyCovered   covered now, not in the baseline (new requirements included)
 * @param newlyFailing   partial with failing tests now, not so in the baseline
 * @param newlyUncovered uncovered now, not in the baseline (new requirements without tests included)
 * @param newlyNotRun    partial because covering tests did not run now, not so in the baseline
 * @param removed        ids of the baseline that no spec defines any more
 * @param statusesBefore the baseline's status per id, for the "before → after" of each change
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record PullRequestDelta(String baseline, double before, double after, List<RequirementCoverage> newlyCovered,
        List<RequirementCoverage> newlyFailing, List<RequirementCoverage> newlyUncovered,
        List<RequirementCoverage> newlyNotRun, List<String> removed, Map<String, String> statusesBefore) {

    /** The first line of the Markdown, an HTML comment a workflow can find to update its earlier comment. */
    public static final String MARKER = "<!-- floe-traceability-delta -->";

    /** Copies the lists. */
    public PullRequestDelta {
        newlyCovered = List.copyOf(newlyCovered);
        newlyFailing = List.copyOf(newlyFailing);
        newlyUncovered = List.copyOf(newlyUncovered);
        newlyNotRun = List.copyOf(newlyNotRun);
        removed = List.copyOf(removed);
        statusesBefore = Map.copyOf(statusesBefore);
    }

    /** Compares {@code matrix} with {@code baseline}, requirement by requirement. */
    public static PullRequestDelta between(Baseline baseline, TraceabilityMatrix matrix) {
        List<RequirementCoverage> covered = new ArrayList<>();
        List<RequirementCoverage> failing = new ArrayList<>();
        List<RequirementCoverage> uncovered = new ArrayList<>();
        List<RequirementCoverage> notRun = new ArrayList<>();
        Map<String, String> before = baseline.statuses();
        for (RequirementCoverage row : matrix.requirements()) {
            String now = Baseline.statusOf(row);
            if (now.equals(before.get(row.id()))) {
                continue;
            }
            switch (now) {
                case "covered" -> covered.add(row);
                case "partial:failing" -> failing.add(row);
                case "uncovered" -> uncovered.add(row);
                case "partial:not_run" -> notRun.add(row);
                default -> {
                    // newly excluded: a decision recorded in the exclusions file, shown in the reports
                }
            }
        }
        Set<String> ids = new HashSet<>();
        matrix.requirements().forEach(r -> ids.add(r.id()));
        List<String> removed = before.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        return new PullRequestDelta(baseline.source(), coverage(before), matrix.coveragePercentage(), covered,
                failing, uncovered, notRun, removed, new TreeMap<>(before));
    }

    /** Whether no requirement changed status. */
    public boolean unchanged() {
        return newlyCovered.isEmpty() && newlyFailing.isEmpty() && newlyUncovered.isEmpty() && newlyNotRun.isEmpty()
                && removed.isEmpty();
    }

    /** The delta as Markdown, starting with {@link #MARKER}. */
    public String markdown() {
        StringBuilder md = new StringBuilder(2048);
        md.append(MARKER).append('\n').append("## Traceability against the default branch\n\n");
        md.append("Coverage ").append(before).append("% → ").append(after).append("% (baseline ")
                .append(Markdown.code(baseline)).append(").\n\n");
        if (unchanged()) {
            md.append("No requirement changed status.\n");
            return md.toString();
        }
        section(md, "Newly covered", newlyCovered, r -> "");
        section(md, "Newly failing", newlyFailing, r -> ", " + r.failed() + " failing test(s): "
                + String.join(", ", r.testIds().stream().limit(3).map(Markdown::code).toList()));
        section(md, "Newly uncovered", newlyUncovered, r -> "");
        section(md, "Newly partial (tests did not run)", newlyNotRun, r -> ", " + r.notRun() + " test(s) did not run");
        if (!removed.isEmpty()) {
            md.append("### Removed from the specs (").append(removed.size()).append(")\n\n");
            removed.forEach(id -> md.append("- ").append(Markdown.code(id)).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private void section(StringBuilder md, String title, List<RequirementCoverage> rows,
            Function<RequirementCoverage, String> more) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append(" (").append(rows.size()).append(")\n\n");
        rows.stream().limit(AttentionSummary.MAX_ITEMS).forEach(r -> md.append("- ").append(Markdown.item(r))
                .append(": ").append(statusesBefore.getOrDefault(r.id(), "new").replace(":", " "))
                .append(" → ").append(Baseline.statusOf(r).replace(":", " ")).append(more.apply(r)).append('\n'));
        if (rows.size() > AttentionSummary.MAX_ITEMS) {
            md.append("- ... and ").append(rows.size() - AttentionSummary.MAX_ITEMS).append(" more\n");
        }
        md.append('\n');
    }

    private static double coverage(Map<String, String> statuses) {
        long covered = statuses.values().stream().filter("covered"::equals).count();
        long counted = statuses.values().stream().filter(s -> !s.equals(CoverageStatus.EXCLUDED.reportName())).count();
        return counted == 0 ? 0.0 : Math.round(covered * 1000.0 / counted) / 10.0;
    }
}
