package dev.floe.testing.traceability.report;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.List;

import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.FeatureCoverage;
import dev.floe.testing.traceability.matrix.Orphan;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestResult;

/**
 * {@code index.html}: one self-contained page (inline style, no script, no external asset) with per-feature
 * coverage bars, the gaps with spec file:line and a suggested test location, every requirement and every
 * test with its status. Each spec file:line is a link to that line of the spec file, relative to the page's
 * folder (see {@link SpecLinks}). All text from specs and tests is escaped.
 */
final class HtmlReportWriter {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse;margin:1em 0;width:100%}
            th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            code{font-size:12px}
            .bar{display:flex;height:14px;width:300px;border:1px solid #999;background:#fff}
            .bar span{display:block;height:100%}
            .covered{background:#2e9e44}.partial{background:#e6a700}.uncovered{background:#d64545}
            .s-passed,.s-covered{color:#1d7a30}.s-failed,.s-error,.s-uncovered{color:#b42318}
            .s-partial,.s-skipped,.s-aborted,.s-not_run{color:#9a6700}.s-excluded{color:#666}
            .note{border-left:4px solid #e6a700;padding:.5em 1em;background:#fff8e5}
            .error{border-left:4px solid #d64545;padding:.5em 1em;background:#fdecec}
            """;

    private HtmlReportWriter() {
    }

    static String render(TraceabilityMatrix matrix, SpecLinks links, Map<String, List<String>> idsByTest) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Traceability matrix</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Traceability matrix</h1>\n<p><strong>").append(e(matrix.summaryLine()))
                .append("</strong><br>Generated ").append(DateTimeFormatter.ISO_INSTANT.format(matrix.generatedAt()))
                .append(" from ").append(e(String.join(", ", matrix.specs().specFiles()))).append("</p>\n");
        if (matrix.error() != null) {
            h.append("<p class=\"error\"><strong>Error:</strong> ").append(e(matrix.error())).append("</p>\n");
        }
        if (matrix.partialRun()) {
            h.append("<div class=\"note\"><strong>Partial run:</strong> not every test ran.<ul>\n");
            matrix.partialReasons().forEach(r -> h.append("<li>").append(e(r)).append("</li>\n"));
            h.append("</ul></div>\n");
        }
        features(h, matrix, links);
        gaps(h, matrix, links);
        requirements(h, matrix, links);
        orphans(h, matrix);
        tests(h, matrix, idsByTest);
        if (!matrix.problems().isEmpty()) {
            h.append("<h2>Problems</h2>\n<ul>\n");
            matrix.problems().forEach(p -> h.append("<li>").append(e(p)).append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void features(StringBuilder h, TraceabilityMatrix matrix, SpecLinks links) {
        h.append("<h2>Features</h2>\n<table>\n<tr><th>Feature</th><th>Spec</th><th>Coverage</th><th>Covered</th>"
                + "<th>Partial</th><th>Uncovered</th><th>Excluded</th><th>%</th></tr>\n");
        for (FeatureCoverage f : matrix.features()) {
            h.append("<tr><td>").append(e(f.name())).append("</td><td>");
            if (f.specFile() == null || f.specFile().isEmpty()) {
                h.append("<code></code>");
            }
            else {
                link(h, links.file(f.specFile()), f.specFile());
            }
            h.append("</td><td><div class=\"bar\" title=\"").append(f.percentage()).append("% covered\">");
            // the bar shows what the percentage counts: excluded requirements are in their column, not in the bar
            int counted = f.total() - f.excluded();
            segment(h, "covered", f.covered(), counted);
            segment(h, "partial", f.partial(), counted);
            segment(h, "uncovered", f.uncovered(), counted);
            h.append("</div></td><td>").append(f.covered()).append("</td><td>").append(f.partial()).append("</td><td>")
                    .append(f.uncovered()).append("</td><td>").append(f.excluded()).append("</td><td>")
                    .append(f.percentage()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void segment(StringBuilder h, String kind, int count, int total) {
        if (count > 0 && total > 0) {
            h.append("<span class=\"").append(kind).append("\" style=\"width:")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", count * 100.0 / total)).append("%\"></span>");
        }
    }

    private static void gaps(StringBuilder h, TraceabilityMatrix matrix, SpecLinks links) {
        h.append("<h2>Gaps</h2>\n");
        var gaps = matrix.requirements().stream().filter(r -> r.status() == CoverageStatus.UNCOVERED).toList();
        if (gaps.isEmpty()) {
            h.append("<p>No uncovered requirement.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Requirement</th><th>Spec</th><th>Text</th><th>Suggested test location</th></tr>\n");
        for (RequirementCoverage r : gaps) {
            h.append("<tr><td><code>").append(e(r.id())).append("</code></td><td>");
            location(h, r, links);
            h.append("</td><td>").append(e(r.requirement().text())).append("</td><td>")
                    .append(e(ReportText.notes(r))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void requirements(StringBuilder h, TraceabilityMatrix matrix, SpecLinks links) {
        h.append("<h2>Requirements</h2>\n<table>\n<tr><th>Requirement</th><th>Status</th><th>Spec</th>"
                + "<th>Category</th><th>Priority</th><th>Text</th><th>Tests</th><th>Notes</th></tr>\n");
        for (RequirementCoverage r : matrix.requirements()) {
            h.append("<tr id=\"").append(e(r.id())).append("\"><td><code>").append(e(r.id()))
                    .append("</code></td><td class=\"s-").append(r.status().reportName()).append("\">")
                    .append(e(ReportText.status(r))).append("</td><td>");
            location(h, r, links);
            h.append("</td><td>").append(e(MatrixJsonWriter.category(r.requirement())))
                    .append("</td><td>").append(e(r.requirement().priority())).append("</td><td>")
                    .append(e(r.requirement().text())).append("</td><td>");
            r.testIds().forEach(t -> h.append("<code>").append(e(t)).append("</code><br>"));
            h.append("</td><td>").append(e(ReportText.notes(r))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void orphans(StringBuilder h, TraceabilityMatrix matrix) {
        if (matrix.orphans().isEmpty()) {
            return;
        }
        h.append("<h2>Orphan ids</h2>\n<table>\n<tr><th>Id</th><th>Why</th><th>Tests</th></tr>\n");
        for (Orphan o : matrix.orphans()) {
            h.append("<tr><td><code>").append(e(o.id())).append("</code></td><td>").append(e(o.reason()))
                    .append("</td><td>");
            o.testIds().forEach(t -> h.append("<code>").append(e(t)).append("</code><br>"));
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void tests(StringBuilder h, TraceabilityMatrix matrix, Map<String, List<String>> covers) {
        h.append("<h2>Tests (").append(matrix.tests().size()).append(")</h2>\n<table>\n<tr><th>Test</th>"
                + "<th>Status</th><th>ms</th><th>Covers</th><th>Display name</th><th>Message</th></tr>\n");
        for (TestResult t : matrix.tests()) {
            h.append("<tr><td><code>").append(e(t.testId())).append("</code></td><td class=\"s-")
                    .append(t.outcome().reportName()).append("\">").append(t.outcome().reportName()).append("</td><td>")
                    .append(t.durationMs()).append("</td><td>")
                    .append(e(String.join(", ", covers.getOrDefault(t.testId(), List.of())))).append("</td><td>")
                    .append(e(t.displayName())).append("</td><td>").append(e(t.message())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** {@code path:line} as a link to that line of the spec file. */
    private static void location(StringBuilder h, RequirementCoverage r, SpecLinks links) {
        link(h, links.line(r.requirement().specFile(), r.requirement().line()), r.location());
    }

    private static void link(StringBuilder h, String href, String text) {
        h.append("<a href=\"").append(e(href)).append("\"><code>").append(e(text)).append("</code></a>");
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
