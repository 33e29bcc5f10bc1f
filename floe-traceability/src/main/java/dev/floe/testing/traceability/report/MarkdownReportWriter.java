package dev.floe.testing.traceability.report;

import java.util.List;
import java.util.function.Function;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.FeatureCoverage;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.internal.MarkdownText;
import dev.floe.testing.traceability.result.TestResult;

/**
 * {@code traceability.md}: a summary that fits a CI job summary (e.g. {@code $GITHUB_STEP_SUMMARY}); long
 * lists are cut at {@value #MAX_ROWS} rows, pointing to {@code index.html} for the rest.
 */
final class MarkdownReportWriter {

    static final int MAX_ROWS = 100;

    private MarkdownReportWriter() {
    }

    static String render(TraceabilityMatrix matrix) {
        StringBuilder md = new StringBuilder(8192);
        md.append("# Traceability\n\n");
        if (matrix.error() != null) {
            md.append("> **Error:** ").append(cell(matrix.error())).append("\n\n");
        }
        // the summary line is the library's own words and numbers (left readable), unless it carries an error
        String summary = matrix.error() != null ? cell(matrix.summaryLine()) : matrix.summaryLine();
        md.append("**").append(summary).append("**\n\n");
        if (matrix.partialRun()) {
            md.append("> **Partial run:** not every test ran, so this is not the matrix of a full run.\n");
            for (String reason : matrix.partialReasons()) {
                md.append("> - ").append(cell(reason)).append('\n');
            }
            md.append('\n');
        }
        if (!matrix.features().isEmpty()) {
            md.append("| Feature | Requirements | Covered | Partial | Uncovered | Excluded | Coverage |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (FeatureCoverage f : matrix.features()) {
                md.append("| ").append(cell(f.name())).append(" | ").append(f.total()).append(" | ")
                        .append(f.covered()).append(" | ").append(f.partial()).append(" | ").append(f.uncovered())
                        .append(" | ").append(f.excluded()).append(" | ").append(f.percentage()).append("% |\n");
            }
            md.append('\n');
        }
        List<RequirementCoverage> gaps = rows(matrix, CoverageStatus.UNCOVERED);
        table(md, "Gaps (uncovered)", "| Requirement | Spec | Suggested test |\n|---|---|---|\n", gaps,
                r -> "| " + code(r.id()) + (r.exclusionExpired() ? " (exclusion expired " + r.exclusion().expires() + ")" : "")
                        + " | " + code(r.location()) + " | " + cell(r.suggestion()) + " |");
        table(md, "Partially covered", "| Requirement | Why | Passed | Failed | Not run |\n|---|---|---:|---:|---:|\n",
                rows(matrix, CoverageStatus.PARTIAL),
                r -> "| " + code(r.id()) + " | " + ReportText.status(r) + " | " + r.passed() + " | " + r.failed()
                        + " | " + r.notRun() + " |");
        table(md, "Excluded", "| Requirement | Reason | Owner | Expires |\n|---|---|---|---|\n",
                rows(matrix, CoverageStatus.EXCLUDED),
                r -> "| " + code(r.id()) + " | " + cell(r.exclusion().reason()) + " | " + cell(r.exclusion().owner())
                        + " | " + r.exclusion().expires() + " |");
        table(md, "Orphan ids (cited by tests, defined by no spec)", "| Id | Why | Tests |\n|---|---|---|\n",
                matrix.orphans(), (Orphan o) -> "| " + code(o.id()) + " | " + cell(o.reason()) + " | "
                        + cell(String.join(", ", o.testIds())) + " |");
        table(md, "Tests that did not pass", "| Test | Status | Message |\n|---|---|---|\n",
                matrix.tests().stream().filter(t -> t.outcome() != dev.floe.testing.traceability.result.TestOutcome.PASSED)
                        .toList(),
                (TestResult t) -> "| " + code(t.testId()) + " | " + t.outcome().reportName() + " | "
                        + cell(t.message()) + " |");
        if (!matrix.problems().isEmpty()) {
            md.append("## Problems\n\n");
            matrix.problems().stream().limit(MAX_ROWS).forEach(p -> md.append("- ").append(cell(p)).append('\n'));
            more(md, matrix.problems().size());
        }
        md.append("Full report: `index.html`; data: `traceability-matrix.json`, `test-report.json`.\n");
        return md.toString();
    }

    private static List<RequirementCoverage> rows(TraceabilityMatrix matrix, CoverageStatus status) {
        return matrix.requirements().stream().filter(r -> r.status() == status).toList();
    }

    private static <T> void table(StringBuilder md, String title, String header, List<T> items,
            Function<T, String> row) {
        if (items.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append(" (").append(items.size()).append(")\n\n").append(header);
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
