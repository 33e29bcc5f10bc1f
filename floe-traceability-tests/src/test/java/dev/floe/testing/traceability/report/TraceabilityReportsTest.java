package dev.floe.testing.traceability.report;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.result;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.Requirement;
import dev.floe.testing.traceability.spec.RequirementId;
import dev.floe.testing.traceability.testing.Schemas;

class TraceabilityReportsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private static TraceabilityMatrix sample(Instant at) {
        Requirement hostile = new Requirement(new RequirementId("002", "FR-003"), "specs/002-demo/spec.md", 12,
                "MUST escape <script>alert('x')</script> & \"quotes\" | pipes", "reports", "P1");
        SpecSet specs = specs(requirement("002", "FR-001", 10, "recording"), requirement("002", "FR-002", 11, "recording"),
                hostile, requirement("002", "FR-004a", 13, "reports"), requirement("006", "FR-001", 20, "traceability"));
        TestResult evilName = new TestResult("core/src/test/java/demo/DemoTest.java::DemoTest::evil",
                "core/src/test/java/demo/DemoTest.java", "demo.DemoTest", "evil", "<img src=x onerror=alert(1)>",
                "core", "demo", List.of("002-FR-003"), TestOutcome.FAILED, 7, "expected <b> | got </b>");
        return MatrixBuilder.forSpecs(specs)
                .withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001"),
                        result("notRun", TestOutcome.NOT_RUN, "002-FR-002"),
                        result("aborted", TestOutcome.ABORTED, "006-FR-001"),
                        result("orphan", TestOutcome.ERRORED, "002-FR-777", "FR-1"), evilName))
                .withExclusions(List.of(new Exclusion("002-FR-004a", "waits for <spec 7>", "ops", LocalDate.parse("2027-01-01"))))
                .withPartialRun("selected by method: demo.DemoTest#passes")
                .build(at);
    }

    @Test
    @Covers("002-FR-015")
    void bothJsonFilesAreValidAgainstTheExtendedContracts() {
        Map<String, String> files = TraceabilityReports.render(sample(NOW));

        Schemas.assertValid("traceability-matrix.schema.json", files.get(TraceabilityReports.MATRIX_JSON));
        Schemas.assertValid("test-report.schema.json", files.get(TraceabilityReports.TEST_REPORT_JSON));
    }

    @Tag("reference") // validates against ../shared/reference/contracts
    @Test
    @Covers("002-FR-023")
    void theExtensionIsNeededOnlyForScopedIdsAndNewStatuses() {
        String report = TraceabilityReports.render(sample(NOW)).get(TraceabilityReports.TEST_REPORT_JSON);

        List<String> errors = Schemas.errors(Schemas.referenceContracts().resolve("test-report.schema.json"), report);

        // floe's own schema rejects only the statuses it lacks (aborted, not_run), nothing else
        assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error)
                .containsAnyOf("/test_results/0/status", "/test_results/2/status"));
    }

    @Test
    @Covers("002-FR-017")
    void escapesEverythingTakenFromSpecsAndTestNames() {
        Map<String, String> files = TraceabilityReports.render(sample(NOW));

        String html = files.get(TraceabilityReports.HTML);
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>", "<spec 7>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        String md = files.get(TraceabilityReports.MARKDOWN);
        assertThat(md).doesNotContain("<b>", "<spec 7>").contains("expected \\<b\\> \\| got \\</b\\>");
    }

    @Test
    @Covers("002-FR-016")
    void htmlIsOneSelfContainedPageWithBarsGapsAndEveryTest() {
        String html = TraceabilityReports.render(sample(NOW)).get(TraceabilityReports.HTML);

        // one inline script, no external script, style sheet, image or link
        assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//").doesNotContain("<script src", "<link", "<img");
        assertThat(html.split("<script>", -1)).hasSize(2);
        // the bar counts what the percentage counts: 1 covered of 3 (the feature's excluded requirement is left out)
        assertThat(html).contains("<div class=\"bar\" title=\"1 covered, 1 failing, 1 not run, 0 uncovered\">"
                + "<span class=\"covered\" style=\"width:33.33%\"></span><span class=\"failing\" style=\"width:33.33%\"></span>"
                + "<span class=\"not_run\" style=\"width:33.33%\"></span></div>");
        assertThat(html).contains("<h2>Needs attention (3)</h2>");
        assertThat(html).contains("core/src/test/java/demo/DemoTest.java::DemoTest::notRun</td><td>not run</td>");
        assertThat(html).contains("<h2>Tests (5)</h2>");
    }

    @Test
    @Covers("002-FR-016")
    void markdownSummarisesForACiJobSummary() {
        String md = TraceabilityReports.render(sample(NOW)).get(TraceabilityReports.MARKDOWN);

        assertThat(md).startsWith("# Traceability\n\n**1 of 5 requirements covered (25.0%), 1 failing, 2 not run, 0 uncovered, 1 excluded, 2 orphan id(s); 5 tests (partial run)**");
        assertThat(md).contains("> **Partial run:**", "> - selected by method\\: demo.DemoTest\\#passes");
        assertThat(md).contains("| `002-FR-002` | `specs/002-demo/spec.md:11` | 1 of 1 | ");
        assertThat(md).contains("| `002-FR-003` | `specs/002-demo/spec.md:12` | `core/src/test/java/demo/DemoTest.java::DemoTest::evil` failed: expected \\<b\\> \\| got \\</b\\> |");
        assertThat(md).contains("| `002-FR-004a` | waits for \\<spec 7\\> | ops | 2027-01-01 |");
        assertThat(md).contains("| `FR-1` | not a requirement id \\(expected FR-024, FR-006a or 006-FR-024\\) |");
    }

    @Test
    @Covers("002-FR-018")
    void theSameInputsGiveTheSameBytesButForTheTimestamp() {
        Map<String, String> first = TraceabilityReports.render(sample(NOW));
        Map<String, String> later = TraceabilityReports.render(sample(NOW.plusSeconds(3600)));

        first.forEach((name, text) -> assertThat(later.get(name).replace("2026-11-26T10:00:00Z", "2026-11-26T09:00:00Z"))
                .as(name).isEqualTo(text));
        assertThat(first.get(TraceabilityReports.MATRIX_JSON)).doesNotContain("\r", "\\\\", "duration");
    }

    @Test
    @Covers("002-FR-019")
    void writesAllFilesAtomicallyLeavingNoTemporaryFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(TraceabilityReports.MATRIX_JSON), "old");

        List<Path> written = TraceabilityReports.writeAll(sample(NOW), dir);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "traceability-matrix.json", "test-report.json", "traceability.md", "index.html", "traceability-history.json");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "traceability-matrix.json", "test-report.json", "traceability.md", "index.html",
                    "traceability-history.json", ".current", ".sets");
        }
        try (var sets = Files.list(dir.resolve(".sets"))) {
            assertThat(sets).hasSize(1);
        }
        assertThat(Files.readString(dir.resolve(TraceabilityReports.MATRIX_JSON))).startsWith("{\n  \"feature_id\" : \"all\"");
    }

    @Test
    @Covers("002-FR-022")
    void eachSpecLocationIsALinkToItsLineRelativeToThePagesFolder(@TempDir Path root) throws Exception {
        String odd = "specs/007 odd & \"name\" <x>/spec #1 é.md";
        Requirement gap = new Requirement(new RequirementId("007", "FR-001"), odd, 12, "MUST link", "reports", "P1");
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs(gap, requirement("002", "FR-001", 10, "recording")))
                .withResults(List.of(result("passes", TestOutcome.PASSED, "002-FR-001"))).build(NOW);
        Path dir = root.resolve("core/target/floe-traceability");
        String rendered = TraceabilityReports.render(matrix, dir, root).get(TraceabilityReports.HTML);

        TraceabilityReports.writeAll(matrix, dir, root);

        String html = Files.readString(dir.resolve(TraceabilityReports.HTML));
        String gaps = html.substring(html.indexOf("<h3 id=\"gaps\">"), html.indexOf("<section id=\"features\">"));
        String requirements = html.substring(html.indexOf("<section id=\"requirements\">"));
        for (String section : List.of(gaps, requirements)) {
            Matcher link = Pattern.compile("<code>007-FR-001</code>(?:</a></td><td data-l=\"Spec\">|<br>)"
                    + "<a href=\"([^\"]*)\"><code>([^<]*)</code></a>").matcher(section);
            assertThat(link.find()).as(section).isTrue();
            assertThat(link.group(1)).startsWith("../../../specs/007%20odd%20%26%20%22name%22%20%3Cx%3E/spec%20%231%20%C3%A9.md")
                    .doesNotContain(" ", "<", "\"", "&");
            assertThat(link.group(2)).isEqualTo("specs/007 odd &amp; &quot;name&quot; &lt;x&gt;/spec #1 é.md:12");

            URI target = dir.resolve(TraceabilityReports.HTML).toUri().resolve(link.group(1));
            assertThat(target.getFragment()).isEqualTo("L12");
            assertThat(Path.of(new URI(target.getScheme(), target.getSchemeSpecificPart(), null)))
                    .isEqualTo(root.resolve(odd));
        }
        assertThat(html).contains("<a href=\"../../../specs/002-demo/spec.md#L10\"><code>specs/002-demo/spec.md:10</code></a>");
        assertThat(rendered).isEqualTo(html);
    }

    @Test
    @Covers({"002-FR-015", "002-FR-018"})
    void eachTestListsTheIdsItCoversSortedAndOnceWhateverTheirKind() {
        SpecSet specs = specs(requirement("004", "FR-001", 10, "catalog"), requirement("004", "FR-003", 12, "catalog"));
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs).withResults(List.of(
                // an orphan (004-FR-002) sorting between two requirements, and one requirement cited twice
                result("mixed", TestOutcome.PASSED, "FR-003", "004-FR-003", "004-FR-002", "004-FR-001"),
                result("single", TestOutcome.PASSED, "004-FR-001"))).build(NOW);

        Map<String, String> files = TraceabilityReports.render(matrix);

        assertThat(files.get(TraceabilityReports.MATRIX_JSON).replaceAll("\\s+", " ")).contains(
                "\"test_id\" : \"core/src/test/java/demo/DemoTest.java::DemoTest::mixed\", "
                        + "\"file_path\" : \"core/src/test/java/demo/DemoTest.java\", \"function_name\" : \"mixed\", "
                        + "\"class_name\" : \"demo.DemoTest\", \"markers\" : [ ], "
                        + "\"requirement_ids\" : [ \"004-FR-001\", \"004-FR-002\", \"004-FR-003\" ]",
                "DemoTest::single\", \"file_path\" : \"core/src/test/java/demo/DemoTest.java\", "
                        + "\"function_name\" : \"single\", \"class_name\" : \"demo.DemoTest\", \"markers\" : [ ], "
                        + "\"requirement_ids\" : [ \"004-FR-001\" ]");
        assertThat(files.get(TraceabilityReports.HTML)).contains("<td>004-FR-001 004-FR-002 004-FR-003</td>");
        assertThat(matrix.requirements().get(1).testIds()).containsExactly(
                "core/src/test/java/demo/DemoTest.java::DemoTest::mixed");
    }
}
