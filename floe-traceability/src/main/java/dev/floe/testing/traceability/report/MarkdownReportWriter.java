package dev.floe.testing.traceability.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.internal.MarkdownText;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

/**
 * {@code traceability.md}: a summary that fits a CI job summary (e.g. {@code $GITHUB_STEP_SUMMARY}), in the order
 * of the HTML page: totals of requirements and tests by status, then what needs attention (failing requirements
 * with their failing tests and messages, not-run requirements with the reason, uncovered requirements, the gaps,
 * with a suggested test location), then the features. Long lists are cut at {@value #MAX_ROWS} rows, pointing to
 * {@code index.html} for the rest.
 */
final class MarkdownReportWriter {

    static final int MAX_ROWS = 100;

    private MarkdownReportWriter() {
    }

    static String render(TraceabilityMatrix matrix) {
        return render(matrix, new ReportFacts(matrix, MatrixJsonWriter.requirementIdsByTest(matrix)),
                RunTrend.alone(matrix));
    }

    static String render(TraceabilityMatrix matrix, ReportFacts facts, RunTrend trend) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# Traceability\n\n");
        if (matrix.error() != null) {
            md.append("> **Error:** ").append(cell(matrix.error())).append("\n>\n> **Where:** looked for `")
                    .append(MarkdownText.code(matrix.specs().searched())).append("`\n>\n> **What to do:** fix what the"
                            + " error names (specs at `specs/NNN-name/spec.md`, requirements as `- **FR-001**: ...`"
                            + " items), then run the tests again. Until then no requirement has a status.\n\n");
            testTotals(md, facts);
            md.append("Full report: `index.html`.\n");
            return md.toString();
        }
        md.append("**").append(matrix.summaryLine()).append("**\n\n");
        if (matrix.partialRun()) {
            md.append("> **Partial run:** not every test ran, so this is not the matrix of a full run.\n");
            for (String reason : matrix.partialReasons()) {
                md.append("> - ").append(cell(reason)).append('\n');
            }
            md.append('\n');
        }
        md.append("| Requirements | covered | failing | not run | uncovered | excluded |\n|---|---:|---:|---:|---:|---:|\n| ")
                .append(matrix.requirements().size());
        for (String status : ReportFacts.REQUIREMENT_STATUSES) {
            md.append(" | ").append(facts.count(status));
        }
        md.append(" |\n\n");
        testTotals(md, facts);
        if (trend.comparedWith() != null) {
            List<String> parts = new ArrayList<>();
            RunTrend.KINDS.forEach(kind -> parts.add(trend.count(kind) + " " + kind));
            md.append("Since ").append(cell(trend.comparedWith())).append(": ").append(String.join(", ", parts))
                    .append(".\n\n");
        }
        int attention = facts.failing.size() + facts.notRun.size() + facts.uncovered.size();
        md.append("## Needs attention (").append(attention).append(")\n\n");
        if (attention == 0) {
            md.append("Nothing: every requirement is covered by passing tests, or excluded.\n\n");
        }
        table(md, "### " + "Failing requirements", "| Requirement | Spec | Failing tests and messages |\n|---|---|---|\n",
                facts.failing, r -> "| " + code(r.id()) + " | " + code(r.location()) + " | " + failures(facts, r) + " |");
        table(md, "### " + "Requirements whose tests did not run", "| Requirement | Spec | Not run | Why |\n|---|---|---:|---|\n",
                facts.notRun, r -> "| " + code(r.id()) + " | " + code(r.location()) + " | " + facts.notRunTests(r).size()
                        + " of " + r.testIds().size() + " | " + cell(facts.notRunReason(r)) + " |");
        table(md, "### " + "Uncovered requirements: gaps", "| Requirement | Spec | Suggested test |\n|---|---|---|\n",
                facts.uncovered,
                r -> "| " + code(r.id()) + (r.exclusionExpired() ? " (exclusion expired " + r.exclusion().expires() + ")" : "")
                        + " | " + code(r.location()) + " | " + cell(r.suggestion()) + " |");
        // failures no requirement shows: tests without a (resolvable) @Covers id
        table(md, "### Other failed tests (covering no requirement)", "| Test | Status | Message |\n|---|---|---|\n",
                matrix.tests().stream().filter(t -> t.outcome().isFailure()
                        && facts.idsByTest.getOrDefault(t.testId(), List.of()).stream().noneMatch(facts.rowIds::contains))
                        .toList(),
                (TestResult t) -> "| " + code(t.testId()) + " | " + t.outcome().reportName() + " | " + cell(t.message())
                        + " |");
        if (!facts.features.isEmpty()) {
            md.append("## Features\n\n| Feature | Requirements | Covered | Failing | Not run | Uncovered | Excluded | Coverage |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (ReportFacts.FeatureRow f : facts.features) {
                int[] c = f.counts();
                md.append("| ").append(cell(f.name())).append(" | ").append(c[0] + c[1] + c[2] + c[3] + c[4]);
                for (int count : c) {
                    md.append(" | ").append(count);
                }
                md.append(" | ").append(f.percentage()).append("% |\n");
            }
            md.append('\n');
        }
        table(md, "Excluded", "| Requirement | Reason | Owner | Expires |\n|---|---|---|---|\n",
                matrix.requirements().stream().filter(r -> r.status() == CoverageStatus.EXCLUDED).toList(),
                r -> "| " + code(r.id()) + " | " + cell(r.exclusion().reason()) + " | " + cell(r.exclusion().owner())
                        + " | " + r.exclusion().expires() + " |");
        table(md, "Orphan ids (cited by tests, defined by no spec)", "| Id | Why | Tests |\n|---|---|---|\n",
                matrix.orphans(), (Orphan o) -> "| " + code(o.id()) + " | " + cell(o.reason()) + " | "
                        + cell(String.join(", ", o.testIds())) + " |");
        if (!matrix.problems().isEmpty()) {
            md.append("## Problems\n\n");
            matrix.problems().stream().limit(MAX_ROWS).forEach(p -> md.append("- ").append(cell(p)).append('\n'));
            more(md, matrix.problems().size());
        }
        md.append("Full report: `index.html`; data: `traceability-matrix.json`, `test-report.json`.\n");
        return md.toString();
    }

    private static void testTotals(StringBuilder md, ReportFacts facts) {
        md.append("| Tests | passed | failed | error | skipped | aborted | not run |\n|---|---:|---:|---:|---:|---:|---:|\n| ")
                .append(facts.matrix.tests().size());
        for (TestOutcome outcome : TestOutcome.values()) {
            md.append(" | ").append(facts.count(outcome));
        }
        md.append(" |\n\n");
    }

    /** The failing tests of a requirement with their messages, in one cell. */
    private static String failures(ReportFacts facts, RequirementCoverage row) {
        List<String> parts = new ArrayList<>();
        for (TestResult test : facts.failedTests(row)) {
            parts.add(code(test.testId()) + " " + test.outcome().reportName()
                    + (test.message() == null ? "" : ": " + cell(test.message())));
        }
        return String.join("<br>", parts);
    }

    private static <T> void table(StringBuilder md, String title, String header, List<T> items,
            Function<T, String> row) {
        if (items.isEmpty()) {
            return;
        }
        md.append(title.startsWith("#") ? "" : "## ").append(title).append(" (").append(items.size()).append(")\n\n").append(header);
        items.stream().limit(MAX_ROWS).forEach(item -> md.append(row.apply(item)).append('\n'));
        md.append('\n');
        more(md, items.size());
    }

    private static void more(StringBuilder md, int size) {
        if (size > MAX_ROWS) {
            md.append("… and ").append(size - MAX_ROWS).append(" more: see `index.html`.\n\n");
        }
    }

    /** Text safe inside a Markdown table cell or list item: links, HTML, emphasis and pipes stay text. */
    static String cell(String text) {
        return MarkdownText.escape(text);
    }

    private static String code(String text) {
        return "`" + MarkdownText.code(text) + "`";
    }
}
