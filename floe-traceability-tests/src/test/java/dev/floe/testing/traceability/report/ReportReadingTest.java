package dev.floe.testing.traceability.report;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.result;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.sarif.internal.SarifWriter;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;

/** What a reader of {@code index.html} and {@code traceability.md} sees, and in which order. */
class ReportReadingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");
    private static final String TRACE = "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n"
            + "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n"
            + "\tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:531)\n"
            + "\tat demo.DemoTest.fails(DemoTest.java:42)\n"
            + "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
            + "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)";

    private static TestResult failing() {
        return TestResult.builder()
                .withTestId("core/src/test/java/demo/DemoTest.java::DemoTest::fails(int)[2]")
                .withSourceFile("core/src/test/java/demo/DemoTest.java")
                .withClassName("demo.DemoTest")
                .withMethodName("fails")
                .withDisplayName("[2] size=2")
                .withModule("core")
                .withJavaPackage("demo")
                .withCoveredIds("002-FR-002")
                .withOutcome(TestOutcome.FAILED)
                .withDurationMs(12)
                .withMessage("expected: <1> but was: <2>")
                .withStackTrace(TRACE)
                .withSetupMs(340)
                .build();
    }

    /** 002-FR-001 covered, 002-FR-002 failing, 002-FR-003 not run, 002-FR-004 uncovered, 006-FR-001 covered in another package. */
    private static TraceabilityMatrix matrix(Instant at) {
        TestResult otherPackage = new TestResult("storage/src/test/java/demo/StoreTest.java::StoreTest::stores",
                "storage/src/test/java/demo/StoreTest.java", "demo.StoreTest", "stores", "stores()", "storage", "demo",
                List.of("006-FR-001"), TestOutcome.PASSED, 5, null);
        TestResult notRun = new TestResult("core/src/test/java/demo/DemoIT.java::DemoIT::waits",
                "core/src/test/java/demo/DemoIT.java", "demo.DemoIT", "waits", "waits()", "core", "demo",
                List.of("002-FR-003"), TestOutcome.NOT_RUN, 0, "not run: an *IT class, which runs with -Preal-servers");
        return MatrixBuilder.forSpecs(specs(requirement("002", "FR-001", 10, "recording"),
                requirement("002", "FR-002", 11, "recording"), requirement("002", "FR-003", 12, "recording"),
                requirement("002", "FR-004", 13, "reports"), requirement("006", "FR-001", 20, "merge")))
                .withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001"),
                        result("skips", TestOutcome.SKIPPED), failing(), notRun, otherPackage))
                .build(at);
    }

    private static String html(TraceabilityMatrix matrix) {
        return TraceabilityReports.render(matrix).get(TraceabilityReports.HTML);
    }

    @Test
    @Covers("009-FR-001")
    void thePageOpensWithRequirementsAndTestsByStatusPartialSplitInTwo() {
        String html = html(matrix(NOW));

        assertThat(html.indexOf("<section id=\"totals\">")).isLessThan(html.indexOf("<section id=\"attention\">"))
                .isLessThan(html.indexOf("<section id=\"features\">"));
        assertThat(html).contains("<b id=\"n-req-covered\">2</b> covered", "<b id=\"n-req-failing\">1</b> failing",
                "<b id=\"n-req-not_run\">1</b> not run", "<b id=\"n-req-uncovered\">1</b> uncovered",
                "<b id=\"n-req-excluded\">0</b> excluded");
        assertThat(html).contains("<b id=\"n-test-passed\">2</b> passed", "<b id=\"n-test-failed\">1</b> failed",
                "<b id=\"n-test-error\">0</b> error", "<b id=\"n-test-skipped\">1</b> skipped",
                "<b id=\"n-test-aborted\">0</b> aborted", "<b id=\"n-test-not_run\">1</b> not run");
        assertThat(html).doesNotContain(">partial<", "partial (");
    }

    @Test
    @Covers("009-FR-002")
    void whatNeedsAttentionComesNextFailingThenNotRunThenUncoveredInBothReports() {
        Map<String, String> files = TraceabilityReports.render(matrix(NOW));
        String html = files.get(TraceabilityReports.HTML);
        String md = files.get(TraceabilityReports.MARKDOWN);

        String attention = html.substring(html.indexOf("<section id=\"attention\">"), html.indexOf("<section id=\"features\">"));
        assertThat(attention).contains("<h2>Needs attention (3)</h2>");
        assertThat(attention.indexOf("id=\"failing\"")).isLessThan(attention.indexOf("id=\"not-run\""))
                .isLessThan(attention.indexOf("id=\"gaps\""));
        assertThat(attention).contains("DemoTest::fails(int)[2]</code></a> <span class=\"s-failed\">failed</span>:"
                + " expected: &lt;1&gt; but was: &lt;2&gt;", "not run: an *IT class, which runs with -Preal-servers",
                "add @Covers(&quot;002-FR-004&quot;)");
        assertThat(md.indexOf("| Requirements | covered | failing | not run | uncovered | excluded |"))
                .isLessThan(md.indexOf("| Tests | passed | failed | error | skipped | aborted | not run |"))
                .isLessThan(md.indexOf("## Needs attention (3)"))
                .isLessThan(md.indexOf("### Failing requirements (1)"));
        assertThat(md.indexOf("### Failing requirements (1)")).isLessThan(md.indexOf("### Requirements whose tests did not run (1)"))
                .isLessThan(md.indexOf("### Uncovered requirements: gaps (1)")).isLessThan(md.indexOf("## Features"));
        assertThat(md).contains("| 5 | 2 | 1 | 1 | 1 | 0 |", "| 5 | 2 | 1 | 0 | 1 | 0 | 1 |",
                "| `002-FR-002` | `specs/002-demo/spec.md:11` | `core/src/test/java/demo/DemoTest.java::DemoTest::fails(int)[2]`"
                        + " failed: expected\\: \\<1\\> but was\\: \\<2\\> |");
        assertThat(md).doesNotContain("### Other failed tests");
        TraceabilityMatrix withStray = MatrixBuilder.forSpecs(specs(requirement("002", "FR-001", 10, "recording")))
                .withResults(List.of(result("stray", TestOutcome.ERRORED))).build(NOW);
        assertThat(TraceabilityReports.render(withStray).get(TraceabilityReports.MARKDOWN)).contains(
                "### Other failed tests (covering no requirement) (1)", "| `core/src/test/java/demo/DemoTest.java::DemoTest::stray` | error |");
    }

    @Test
    @Covers("009-FR-003")
    void featuresAndPackagesHaveATableEachWithABarPerRow() {
        String html = html(matrix(NOW));

        String features = html.substring(html.indexOf("<section id=\"features\">"), html.indexOf("<section id=\"packages\">"));
        assertThat(features).contains("data-ff=\"002\">002-demo</a>", "title=\"1 covered, 1 failing, 1 not run, 1 uncovered\"");
        String packages = html.substring(html.indexOf("<section id=\"packages\">"), html.indexOf("<form id=\"filters\""));
        assertThat(packages).contains("data-fp=\"core\">core</a>", "data-fp=\"storage\">storage</a>",
                "<div class=\"bar\" title=\"1 passed, 1 failed, 2 other\">",
                "<td class=\"n\" data-l=\"Class set-up\">340 ms</td>");
    }

    @Test
    @Covers("009-FR-004")
    void eachTestShowsStatusTimeWithSetUpApartItsNameAndItsFailureInAFoldedStackTrace() {
        String html = html(matrix(NOW));

        int at = html.indexOf("DemoTest::fails(int)[2]<br>");
        String row = html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
        assertThat(row).contains("data-s=\"failed\"", "<span class=\"muted\">[2] size=2</span>", "<td>failed</td>",
                "<td>12 ms<br><span class=\"muted\">+ 340 ms class set-up</span></td>",
                "expected: &lt;1&gt; but was: &lt;2&gt;<details class=\"trace\"><summary>Stack trace</summary><pre>"
                        + "org.opentest4j.AssertionFailedError: expected: &lt;1&gt; but was: &lt;2&gt;\n"
                        + "\t... 2 framework frames\n\tat demo.DemoTest.fails(DemoTest.java:42)\n\t... 2 framework frames</pre>"
                        + "<details class=\"full\"><summary>Full stack trace</summary><pre>");
        assertThat(row).contains("\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)</pre></details></details>");
    }

    @Test
    @Covers("009-FR-005")
    void filtersSearchAndSortComeFromOneInlineScriptAndEverythingShowsWithoutIt() {
        String html = html(matrix(NOW));

        assertThat(html.split("<script", -1)).hasSize(2);
        assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("<link", "<img", "@import");
        assertThat(html).contains("<input type=\"search\" id=\"q\"", "<select id=\"ff\"", "<select id=\"fp\"",
                "<select id=\"fr\"", "<input type=\"checkbox\" name=\"rs\" value=\"failing\" checked>",
                "<input type=\"checkbox\" name=\"ts\" value=\"error\" checked>", "<th class=\"sort\"");
        // without the script the controls stay hidden and every row shows: nothing is hidden in the markup
        assertThat(html).contains(".controls{display:none}", ".js .controls{display:flex").doesNotContain(" hidden");
        assertThat(html.split("<tr id=\"t\\d+\"", -1)).hasSize(6);
        assertThat(html.split("<tr id=\"\\d{3}-FR-\\d{3}\"", -1)).hasSize(6);
        assertThat(html(matrix(NOW))).isEqualTo(html);
    }

    @Test
    @Covers("009-FR-006")
    void thePageDeclaresAViewportAndWrapsLongIds() {
        String html = html(matrix(NOW));

        assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                "overflow-wrap:anywhere", "table-layout:fixed", "pre{white-space:pre-wrap",
                "@media (max-width:700px)");
    }

    @Test
    @Covers("009-FR-008")
    void eachRequirementShowsWhatChangedSinceThePreviousFullRunAndTheHistoryGrowsOnlyWithFullRuns(@TempDir Path dir)
            throws Exception {
        TraceabilityMatrix before = MatrixBuilder.forSpecs(specs(requirement("002", "FR-001", 10, "recording"),
                requirement("002", "FR-002", 11, "recording"), requirement("002", "FR-003", 12, "recording"),
                requirement("002", "FR-004", 13, "reports"), requirement("006", "FR-001", 20, "merge")))
                .withResults(List.of(result("a", TestOutcome.PASSED, "002-FR-002"),
                        result("b", TestOutcome.PASSED, "002-FR-004"), result("c", TestOutcome.PASSED, "006-FR-001")))
                .build(NOW.minusSeconds(3600));
        TraceabilityReports.writeAll(before, dir, dir);
        Requirement reworded = new Requirement(new RequirementId("006", "FR-001"), "specs/006-demo/spec.md", 20,
                "The library MUST do something else now.", "merge", "P2");
        TraceabilityMatrix now = MatrixBuilder.forSpecs(specs(requirement("002", "FR-001", 10, "recording"),
                requirement("002", "FR-002", 11, "recording"), requirement("002", "FR-003", 12, "recording"),
                requirement("002", "FR-004", 13, "reports"), reworded))
                .withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001"), failing(),
                        result("c", TestOutcome.PASSED, "006-FR-001")))
                .build(NOW);

        TraceabilityReports.writeAll(now, dir, dir);

        String html = Files.readString(dir.resolve(TraceabilityReports.HTML));
        assertThat(row(html, "002-FR-001")).contains("<span class=\"chg\">newly covered</span>");
        assertThat(row(html, "002-FR-002")).contains("<span class=\"chg\">newly failing</span>");
        assertThat(row(html, "002-FR-004")).contains("<span class=\"chg\">newly uncovered</span>");
        assertThat(row(html, "006-FR-001")).contains("<span class=\"chg\">text changed (suspect)</span>");
        assertThat(html).contains("Since the previous full run of 2026-12-05T08:00:00Z:</strong> 1 newly covered,"
                + " 1 newly failing, 1 newly uncovered, 1 text changed (suspect)");
        assertThat(html).contains("<h3 id=\"trend\">Coverage of the last 2 full runs</h3>", "<svg class=\"trend\"",
                "<polyline fill=\"none\" stroke=\"#2e9e44\"");
        assertThat(runs(dir)).containsExactly("2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z");

        // a partial run reads the full run's history beside it, and never writes it
        TraceabilityMatrix partial = MatrixBuilder.forSpecs(specs(requirement("002", "FR-001", 10, "recording")))
                .withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001")))
                .withPartialRun("selected by method").build(NOW.plusSeconds(60));
        TraceabilityReports.writeAll(partial, dir.resolve("partial"), dir, Map.of(),
                ReportOptions.defaults().withHistoryFolder(dir));
        assertThat(runs(dir)).containsExactly("2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z");
        assertThat(runs(dir.resolve("partial"))).containsExactly("2026-12-05T08:00:00Z", "2026-12-05T09:00:00Z");

        // the ratchet's baseline, when given, is what changes are shown against; suspects come from the lock
        Path baseline = Files.writeString(dir.resolve("baseline.json"), TraceabilityReports.render(before).get(
                TraceabilityReports.MATRIX_JSON));
        String against = TraceabilityReports.render(now, dir.resolve("other"), dir, ReportOptions.defaults()
                .withComparedTo(baseline).withSuspects(Set.of("002-FR-003"))).get(TraceabilityReports.HTML);
        assertThat(against).contains("Since the baseline baseline.json of 2026-12-05T08:00:00Z:");
        assertThat(row(against, "002-FR-003")).contains("text changed (suspect)");
    }

    private static String row(String html, String id) {
        String from = html.substring(html.indexOf("<tr id=\"" + id + "\""));
        return from.substring(0, from.indexOf("</tr>"));
    }

    private static List<String> runs(Path dir) throws Exception {
        JsonNode history = new ObjectMapper().readTree(dir.resolve(TraceabilityReports.HISTORY_JSON).toFile());
        return history.path("runs").findValuesAsText("generated_at");
    }

    @Test
    @Covers("009-FR-009")
    void withASourceUrlSpecLinksOpenTheLineInTheRepository(@TempDir Path dir) {
        String github = TraceabilityReports.render(matrix(NOW), dir, dir,
                ReportOptions.defaults().withSourceUrl("https://github.com/floe-dev/floe-testing/blob/main"))
                .get(TraceabilityReports.HTML);
        String template = TraceabilityReports.render(matrix(NOW), dir, dir, ReportOptions.defaults()
                .withSourceUrl("https://git.example.org/floe/-/blob/main/{path}?plain=1#line-{line}"))
                .get(TraceabilityReports.HTML);
        String local = TraceabilityReports.render(matrix(NOW), dir.resolve("target/floe-traceability"), dir,
                ReportOptions.defaults()).get(TraceabilityReports.HTML);

        assertThat(github).contains("<a href=\"https://github.com/floe-dev/floe-testing/blob/main/specs/002-demo/spec.md#L11\">"
                + "<code>specs/002-demo/spec.md:11</code></a>");
        assertThat(template).contains("<a href=\"https://git.example.org/floe/-/blob/main/specs/002-demo/spec.md?plain=1#line-11\">");
        assertThat(local).contains("<a href=\"../../specs/002-demo/spec.md#L11\">");
        assertThatThrownBy(() -> ReportOptions.defaults().withSourceUrl("https://user:token@github.com/o/r/blob/main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without credentials")
                .hasMessageNotContaining("token");
    }

    @Test
    @Covers("009-FR-010")
    void whenNoRequirementCouldBeReadThePageSaysWhyWhereAndWhatToDoAndNothingMisleading() {
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(new SpecSet("specs/**/spec.md under /repo", List.of(), List.of(),
                List.of())).withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001"), failing()))
                .build(NOW);
        Map<String, String> files = TraceabilityReports.render(matrix);
        String html = files.get(TraceabilityReports.HTML);
        String md = files.get(TraceabilityReports.MARKDOWN);

        assertThat(matrix.orphans()).isEmpty();
        assertThat(html).contains("<h2>No requirement could be read</h2>", "<strong>Error:</strong> No spec found",
                "<strong>Where:</strong> looked for <code>specs/**/spec.md under /repo</code>",
                "<strong>What to do:</strong> put each feature's spec at <code>specs/NNN-name/spec.md</code>",
                "<h2>Tests (2)</h2>");
        assertThat(html).doesNotContain("No uncovered", "not defined by any spec", "<section id=\"requirements\">",
                "<section id=\"features\">", "<section id=\"attention\">", "Orphan ids");
        assertThat(md).contains("> **Error:** No spec found", "> **Where:** looked for `specs/**/spec.md under /repo`",
                "> **What to do:**").doesNotContain("## Needs attention", "Orphan", "not defined by any spec");
    }

    @Test
    @Covers("009-FR-011")
    void aGapIsAnUncoveredRequirementInEveryReport() {
        TraceabilityMatrix matrix = matrix(NOW);
        Map<String, String> files = TraceabilityReports.render(matrix);
        String html = files.get(TraceabilityReports.HTML);
        String gaps = html.substring(html.indexOf("<h3 id=\"gaps\">"), html.indexOf("</table>", html.indexOf("<h3 id=\"gaps\">")));
        String sarif = SarifWriter.render(matrix, List.of());

        assertThat(gaps).contains("Uncovered requirements: gaps (1)", "002-FR-004").doesNotContain("002-FR-002", "002-FR-003");
        assertThat(files.get(TraceabilityReports.MARKDOWN)).contains("### Uncovered requirements: gaps (1)");
        assertThat(files.get(TraceabilityReports.TEST_REPORT_JSON).replaceAll("\\s+", " "))
                .contains("\"gaps\" : [ \"002-FR-004\" ]");
        assertThat(sarif).contains("002-FR-004 is a gap, no test covers it", "002-FR-002 is failing: 1 failed",
                "002-FR-003 did not run: 0 failed, 1 not run");
    }
}
