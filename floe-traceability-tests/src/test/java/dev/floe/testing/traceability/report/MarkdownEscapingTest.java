package dev.floe.testing.traceability.report;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/**
 * {@code traceability.md} rendered as GitHub renders a job summary (CommonMark with tables): whatever tests,
 * exclusions and specs put into it stays text.
 */
class MarkdownEscapingTest {

    private static final String LINK = "[x](javascript:alert(19))";
    private static final String HOSTILE = LINK + " ![i](http://e.invalid/t.png) <img src=x onerror=alert(1)>"
            + " **bold** _em_ ~~del~~ | broken | cell \\| `tick` &amp; <https://e.invalid> # not a heading";

    private static TraceabilityMatrix matrix() {
        Requirement spec = new Requirement(new RequirementId("007", "FR-006"), "specs/007-demo/spec.md", 12,
                "MUST keep " + HOSTILE, "reports", "P2");
        TestResult failing = new TestResult("core/src/test/java/demo/DemoTest.java::DemoTest::evil",
                "core/src/test/java/demo/DemoTest.java", "demo.DemoTest", "evil", HOSTILE, "core", "demo",
                List.of("007-FR-006"), TestOutcome.FAILED, 7, HOSTILE + "\n- second line\n# third");
        return MatrixBuilder.forSpecs(specs(spec, requirement("007", "FR-007", 13, "reports"),
                requirement("007", "FR-008", 14, "reports")))
                .withResults(List.of(failing))
                .withExclusions(List.of(new Exclusion("007-FR-008", HOSTILE, "ops " + LINK, LocalDate.parse("2099-01-01"))))
                .withPartialRun("selected " + HOSTILE)
                .build(Instant.parse("2026-12-05T08:00:00Z"));
    }

    @Test
    @Covers("007-FR-006")
    void linksImagesHtmlEmphasisAndTableBreaksFromTestsAndExclusionsRenderAsText() {
        String md = MarkdownReportWriter.render(matrix());

        String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md));

        assertThat(html).doesNotContain("<a ", "<img", "<strong>bold", "<em>", "<del>", "<h1>not", "<h1>third", "<li>second");
        assertThat(html).contains(Html.escape("[x](javascript:alert(19)) ![i](http://e.invalid/t.png)"
                + " <img src=x onerror=alert(1)> **bold** _em_ ~~del~~ | broken | cell \\| `tick` &amp;"
                + " <https://e.invalid> # not a heading").replace("&#39;", "'").replace("&quot;", "\""));
        Matcher rows = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        int tables = 0;
        while (rows.find()) {
            int cells = rows.group(1).split("<t[dh][ >]", -1).length - 1;
            assertThat(cells).as(rows.group()).isIn(3, 4, 5, 6, 7, 8, 9);
            tables++;
        }
        assertThat(tables).isGreaterThan(4);
    }

    @Test
    @Covers("007-FR-006")
    void theExcludedRowKeepsItsFourColumnsWhateverTheReasonHolds() {
        String md = MarkdownReportWriter.render(matrix());

        String excludedRow = md.lines().filter(l -> l.startsWith("| `007-FR-008`")).findFirst().orElseThrow();

        assertThat(excludedRow.split("(?<!\\\\)\\|", -1)).hasSize(6);
        assertThat(excludedRow).endsWith(" | 2099-01-01 |");
    }
}
