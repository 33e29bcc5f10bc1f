package dev.floe.testing.traceability.cli;

import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

class TraceabilityCliTest {

    static final Instant T = Instant.parse("2026-11-26T09:00:00Z");

    @TempDir
    Path root;

    FixtureBuild build;
    Path out;

    @BeforeEach
    void twoModules() {
        build = FixtureBuild.in(root);
        out = root.resolve("merged");
        build.module("floe-core", T, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        build.module("floe-storage", T, result("floe-storage", "queries", TestOutcome.PASSED, "005-FR-001"),
                result("floe-storage", "drops", TestOutcome.FAILED, "004-FR-003"));
    }

    CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--root";
        all[1] = root.toString();
        all[2] = "--out";
        all[3] = out.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    @Covers({"006-FR-014", "006-FR-001"})
    void mergesPrintsASummaryAndWritesEveryFormat() {
        CliRun run = cli();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("floe traceability: merged 2 input(s), 3 test(s)",
                "all: 2 of 5 requirements fully covered (40.0%), 1 partly covered (1 failing, 0 not run), 2 uncovered",
                "Gate: PASSED");
        assertThat(run.out()).containsPattern("feature 004 +004-catalog +4 req +1 covered +1 partial +2 uncovered");
        assertThat(out).isDirectoryContaining("glob:**/traceability-matrix.json")
                .isDirectoryContaining("glob:**/test-report.json").isDirectoryContaining("glob:**/traceability.md")
                .isDirectoryContaining("glob:**/index.html").isDirectoryContaining("glob:**/traceability.sarif")
                .isDirectoryContaining("glob:**/traceability-gate.md");
        assertThat(FixtureBuild.read(out.resolve("traceability-matrix.json"))).contains("\"tests\" : 3");
    }

    @Test
    @Covers({"006-FR-010", "006-FR-012", "006-FR-013"})
    void showsOneFeatureWithTestsCountsCoverageAndGapsWithLocations() {
        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "feature 004: 1 of 4 requirements fully covered (25.0%), 1 partly covered (1 failing, 0 not run),"
                        + " 2 uncovered, 0 excluded; 2 test(s): 1 passed, 1 failed",
                "  004-FR-001 covered P1  tests 1 (1 passed, 0 failed, 0 not run)  specs/004-catalog/spec.md:9",
                "      passed  floe-core/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::lists",
                "  004-FR-003 partial(failing) P2  tests 1 (0 passed, 1 failed, 0 not run)  specs/004-catalog/spec.md:11",
                "  004-FR-002 uncovered P1 at specs/004-catalog/spec.md:10 -> floe-storage/src/test/java/dev/floe/demo/"
                        + "CatalogTest.java with @Covers(\"004-FR-002\")",
                "  004-FR-003 failing P2 at specs/004-catalog/spec.md:11 -> make its tests pass and run:",
                "Untested requirements (2): 004-FR-002, 004-FR-004");
        assertThat(run.out()).doesNotContain("005-FR-001");
    }

    @Test
    @Covers("006-FR-011")
    void showsOnePackage() {
        CliRun run = cli("--package", "floe-storage");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("package floe-storage: 1 of 3 requirements fully covered",
                "  004-FR-002 uncovered P1", "  005-FR-001 covered").doesNotContain("004-FR-001 covered");
    }

    @Test
    @Covers({"006-FR-015", "006-FR-013"})
    void failsBelowTheMinimumListingTheGaps() {
        CliRun run = cli("--min-coverage", "80");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Gate: FAILED (1 reason(s))",
                "FAIL min-coverage: coverage 40.0% (2 of 5 requirements) is below the minimum 80.0% for all; not covered:",
                "  004-FR-004 uncovered P3 at specs/004-catalog/spec.md:12 -> ");
        assertThat(out.resolve("traceability-matrix.json")).as("reports are written even when the gate fails")
                .exists();
        assertThat(FixtureBuild.read(out.resolve("traceability-gate.md"))).startsWith(String.join("\n",
                "## Traceability gate: FAILED", "",
                "Scope: all, 40.0% of 5 requirements fully covered.", "",
                "### min-coverage", "",
                "coverage 40.0% \\(2 of 5 requirements\\) is below the minimum 80.0% for all; not covered\\:", "",
                "- `004-FR-002 uncovered P1 at specs/004-catalog/spec.md:10 -> floe-storage/src/test/java/dev/floe/demo/"
                        + "CatalogTest.java with @Covers(\"004-FR-002\")`"));
    }

    @Test
    @Covers("006-FR-015")
    void gatesPerFeature() {
        assertThat(cli("--min-coverage", "005=100").exitCode()).isZero();
        CliRun run = cli("--min-coverage", "004=50", "--min-coverage", "005=100");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL feature-coverage: coverage 25.0% (1 of 4 requirements) is below the"
                + " minimum 50.0% for feature 004; not covered:").doesNotContain("for feature 005");
        assertThat(cli("--feature", "004", "--min-coverage", "25").exitCode()).isZero();
        assertThat(cli("--feature", "004", "--min-coverage", "26").exitCode()).isEqualTo(1);
    }

    @Test
    @Covers("006-FR-020")
    void gatesPerPriority() {
        CliRun run = cli("--min-coverage", "P1=100", "--min-coverage", "P3=0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL priority-coverage: coverage 50.0% (1 of 2 requirements) is below the"
                + " minimum 100.0% for priority P1; not covered:", "  004-FR-002 uncovered P1 at specs/004-catalog/spec.md:10")
                .doesNotContain("for priority P3");
    }

    @Test
    @Covers("006-FR-016")
    void skippedAndAbortedTestsFailTheGateByDefaultListedById() {
        build.module("floe-compute", T, result("floe-compute", "later", TestOutcome.ABORTED, "005-FR-001"),
                result("floe-compute", "never", TestOutcome.SKIPPED, "005-FR-001"));

        CliRun run = cli();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL skipped: 2 test(s) were skipped or aborted; floe's rule is zero skipped",
                "  floe-compute/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::later (aborted: expected:",
                "  floe-compute/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::never (skipped");
        assertThat(FixtureBuild.read(out.resolve("traceability-gate.md"))).contains("### skipped", "- `floe-compute/src/test/"
                + "java/dev/floe/demo/StorageTest.java::StorageTest::later (aborted: expected: <1> but was: <2>)`");
        CliRun allowed = cli("--allow-skipped");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out()).contains("Note: 2 skipped or aborted test(s), allowed by the policy");
    }

    @Test
    @Covers({"006-FR-017", "003-FR-028"})
    void badInputPrintsOneLineExitsTwoAndWritesNothing() throws Exception {
        String features = "one of the features of the matrix: 004, 005";
        assertBadInput(new String[] {"--feature", "009"}, oneLine("Unknown feature '009'.", features, "'009'",
                "the feature to show (--feature)", "use one of 004, 005"));
        assertBadInput(new String[] {"--min-coverage", "101"}, oneLine("Invalid --min-coverage '101'.", "a percentage from 0 to 100, e.g. 80, 004=90 or P1=100",
                "'101' (101 is out of range)", "the command line, option --min-coverage", "give a percentage from 0 to 100, alone or after a feature id or priority: 80, 004=90 or P1=100"));
        assertBadInput(new String[] {"--min-coverage", "most"}, oneLine("Invalid --min-coverage 'most'.", "a percentage from 0 to 100, e.g. 80, 004=90 or P1=100",
                "'most' (not a number)", "the command line, option --min-coverage", "give a percentage from 0 to 100, alone or after a feature id or priority: 80, 004=90 or P1=100"));
        assertBadInput(new String[] {"--min-coverage", "009=50"}, oneLine("Unknown feature '009'.", features, "'009'",
                "the command line, option --min-coverage 009=50.0", "use one of 004, 005"));
        assertBadInput(new String[] {"--package", "floe-nothing"}, oneLine("Unknown package 'floe-nothing'.",
                "one of the packages of the matrix: floe-core, floe-storage", "'floe-nothing'",
                "the package to show (--package)", "use one of floe-core, floe-storage"));
        assertBadInput(new String[] {"--frobnicate"}, oneLine("Unknown option --frobnicate.", "an option listed by --help",
                "'--frobnicate'", "the command line, option --frobnicate",
                "correct or remove --frobnicate; run with --help for the options"));

        Path matrix = root.resolve("floe-core/target/floe-traceability/traceability-matrix.json");
        String good = FixtureBuild.read(matrix);
        FixtureBuild.write(matrix, good.replace("\"tests\" : [", "\"tests\" : 3, \"x\" : ["));
        assertBadInput(new String[0], oneLine("Invalid merge input " + matrix + ": $.tests must be an array.",
                "an array", "a number", "$.tests in " + matrix,
                "regenerate it with a test run (mvn verify), or leave it out of the merge inputs"));
        FixtureBuild.write(matrix, good);

        Path missing = root.resolve("specs/exclusions-typo.json");
        assertBadInput(new String[] {"--exclusions", missing.toString()}, oneLine("Exclusions file " + missing
                + " does not exist.", "a JSON file such as {\"exclusions\": [{\"id\": \"006-FR-004\", \"reason\": \"...\","
                + " \"owner\": \"...\", \"expires\": \"2027-03-31\"}]}", "no file at " + missing,
                "--exclusions (Maven: floe.traceability.exclusions or <exclusions>)",
                "correct the path, create the file, or remove the setting to run without exclusions"));
    }

    @Test
    @Covers({"001-FR-025", "001-FR-011"})
    void aDuplicatedIdFailsTheGateOnThatIdWhileEveryOtherRequirementReportsAsUsual() {
        FixtureBuild.write(root.resolve("specs/005-compute/spec.md"), FixtureBuild.SECOND_SPEC
                + "- **FR-001**: The engine MUST run it twice.\n");

        CliRun run = cli();

        String duplicate = "specs/005-compute/spec.md:8: duplicate requirement id FR-001 in feature 005: defined at"
                + " specs/005-compute/spec.md:7 and specs/005-compute/spec.md:8; the first definition is kept, and the"
                + " gate fails until one of them gets its own id";
        assertThat(run.exitCode()).as(run.err()).isEqualTo(TraceabilityCli.GATE_FAILED);
        assertThat(run.out()).contains("Gate: FAILED",
                "all: 2 of 5 requirements fully covered (40.0%), 1 partly covered (1 failing, 0 not run), 2 uncovered",
                duplicate);
        assertThat(FixtureBuild.read(out.resolve("traceability-matrix.json"))).contains("duplicate requirement id FR-001")
                .contains("\"orphans\" : 0");
        assertThat(FixtureBuild.read(out.resolve("traceability-gate.md"))).contains("### spec-errors");
    }

    /** A message of the one form as the command line prints it: on one line, its parts joined by " | ". */
    private static String oneLine(String summary, String expected, String found, String where, String fix) {
        return "floe-traceability: " + summary + " | expected: " + expected + " | found: " + found + " | where: " + where
                + " | fix: " + fix;
    }

    private void assertBadInput(String[] args, String message) throws Exception {
        Files.createDirectories(out);
        FixtureBuild.write(out.resolve("traceability-matrix.json"), "the last good report");
        List<String> before = FixtureBuild.snapshot(out);

        CliRun run = cli(args);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(FixtureBuild.snapshot(out)).isEqualTo(before);
    }

    @Test
    @Covers("006-FR-019")
    void ratchetFailsWhenABaselineRequirementIsNoLongerCoveredAndPrintsTheDiff() throws Exception {
        assertThat(cli().exitCode()).isZero();
        Path baseline = root.resolve("baseline.json");
        Files.copy(out.resolve("traceability-matrix.json"), baseline);

        build.module("floe-core", T, result("floe-core", "lists", TestOutcome.FAILED, "004-FR-001"),
                result("floe-core", "cites", TestOutcome.PASSED, "004-FR-404", "004-FR-004"));
        CliRun run = cli("--baseline", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Against the baseline:", "  lost coverage (1):",
                "    004-FR-001: covered -> partial (failing) at specs/004-catalog/spec.md:9", "  newly failing (1):",
                "    004-FR-001: covered -> failing (1 failing test(s))", "  newly orphaned (1):",
                "    004-FR-404 cited by floe-core/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::cites",
                "  newly covered (1):", "    004-FR-004: uncovered -> covered",
                "FAIL ratchet: 1 requirement(s) covered in the baseline are no longer covered");
    }

    @Test
    @Covers("006-FR-019")
    void ratchetPassesWhenNothingWasLost() throws Exception {
        assertThat(cli().exitCode()).isZero();
        Path baseline = root.resolve("baseline.json");
        Files.copy(out.resolve("traceability-matrix.json"), baseline);

        CliRun run = cli("--baseline", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  no change against the baseline");
    }

    @Test
    @Covers("006-FR-014")
    void helpListsTheOptionsAndExitsZeroWritingNothing() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: TraceabilityCli [options] [input ...]")
                .contains("--min-coverage N", "--baseline FILE", "--confirm-links [IDS]");
        assertThat(out).doesNotExist();
    }

    @Test
    @Covers("006-FR-017")
    void noInputToMergeIsBadInput() {
        CliRun run = cli(root.resolve("specs").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("floe-traceability: No merge input found: no traceability-matrix.json under")
                .contains(" | found: no merge input | where: [" + root.resolve("specs") + "] | fix: run the tests first"
                        + " (mvn verify), or name the merge input files or folders on the command line");
        assertThat(out).doesNotExist();
    }

    @Test
    @Covers("006-FR-014")
    void reportsThatCannotBeWrittenAreAnUnexpectedErrorNotAGateFailure() throws Exception {
        FixtureBuild.write(out, "a file where the reports folder should be");

        CliRun run = cli();

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("floe-traceability: unexpected error: ");
    }

    @Test
    @Covers("006-FR-003")
    void theSameInputsInAnyOrderGiveTheSameBytesInEveryFile() {
        String core = root.resolve("floe-core").toString();
        String storage = root.resolve("floe-storage").toString();
        Path first = root.resolve("first");
        Path second = root.resolve("second");

        assertThat(CliRun.of("--root", root.toString(), "--out", first.toString(), core, storage).exitCode()).isZero();
        assertThat(CliRun.of("--root", root.toString(), "--out", second.toString(), storage, core).exitCode()).isZero();

        assertThat(FixtureBuild.snapshot(second)).isEqualTo(FixtureBuild.snapshot(first)).hasSize(7);
    }

    @Test
    @Covers("006-FR-005")
    void toleratesACorruptShardWhenAskedNamingItAndMergingTheRest() {
        Path matrix = root.resolve("floe-core/target/floe-traceability/traceability-matrix.json");
        FixtureBuild.write(matrix, "{ \"tests\": [ {");

        assertThat(cli().exitCode()).isEqualTo(2);
        CliRun run = cli("--tolerate-bad-inputs");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Left out: Corrupt merge input " + matrix + ": not valid JSON at line 1",
                "floe traceability: merged 1 input(s), 2 test(s)");
        assertThat(FixtureBuild.read(out.resolve("traceability-matrix.json")))
                .contains("Corrupt merge input " + matrix.toString().replace("\\", "\\\\"));
    }

    @Test
    @Covers({"006-FR-013", "006-FR-001"})
    void aModuleThatWasItsOwnBuildRootGetsItsFolderInFrontOfSuggestedLocationsAndTestIds() {
        // core-example holds its own specs/, so its run wrote paths relative to core-example/
        String file = "src/test/java/dev/floe/examples/core/CatalogTest.java";
        build.module("core-example", T, new dev.floe.testing.traceability.result.TestResult(
                file + "::CatalogTest::renames", file, "dev.floe.examples.core.CatalogTest", "renames", "renames()",
                "core-example", "dev.floe.examples.core", List.of("004-FR-004"), TestOutcome.FAILED, 3, "boom"));
        build.module("catalog-example", T, new dev.floe.testing.traceability.result.TestResult(
                file + "::CatalogTest::lists", file, "dev.floe.examples.core.CatalogTest", "lists", "lists()",
                "catalog-example", "dev.floe.examples.core", List.of("005-FR-001"), TestOutcome.PASSED, 3, null));

        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String matrix = FixtureBuild.read(out.resolve("traceability-matrix.json"));
        assertThat(matrix).contains("\"core-example/src/test/java/dev/floe/examples/core/CatalogTest.java::CatalogTest::renames\"",
                "\"catalog-example/src/test/java/dev/floe/examples/core/CatalogTest.java::CatalogTest::lists\"")
                .doesNotContain("\"src/test/java/");
        assertThat(run.out()).contains("004-FR-004 failing P3 at specs/004-catalog/spec.md:12 -> make its tests"
                + " pass and run: core-example/src/test/java/dev/floe/examples/core/CatalogTest.java::CatalogTest::renames");
        // the module's own report keeps the paths of its own build root
        assertThat(FixtureBuild.read(root.resolve("core-example/target/floe-traceability/traceability-matrix.json")))
                .contains("\"src/test/java/dev/floe/examples/core/CatalogTest.java::CatalogTest::renames\"");
    }

    @Test
    @Covers("006-FR-013")
    void anUncoveredRequirementsSuggestedLocationNamesTheModuleFolder() throws Exception {
        Files.walk(root).sorted(java.util.Comparator.reverseOrder()).filter(p -> p.toString().contains("target"))
                .forEach(p -> p.toFile().delete());
        String file = "src/test/java/dev/floe/examples/core/CatalogTest.java";
        build.module("core-example", T, new dev.floe.testing.traceability.result.TestResult(
                file + "::CatalogTest::lists", file, "dev.floe.examples.core.CatalogTest", "lists", "lists()",
                "core-example", "dev.floe.examples.core", List.of("004-FR-001"), TestOutcome.PASSED, 3, null));

        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FixtureBuild.read(out.resolve("traceability-matrix.json"))).contains("\"suggested_test_location\" :"
                + " \"add @Covers(\\\"004-FR-003\\\") to a test in core-example/src/test/java/dev/floe/examples/core/CatalogTest.java\"");
        assertThat(FixtureBuild.read(out.resolve("index.html"))).contains("to a test in"
                + " core-example/src/test/java/dev/floe/examples/core/CatalogTest.java");
    }

    @Test
    @Covers("006-FR-014")
    void anOrphanCitedByManyTestsShowsAFewOfThemAndHowManyMore() {
        build.module("floe-orphans", T, result("floe-orphans", "a", TestOutcome.PASSED, "004-FR-099"),
                result("floe-orphans", "b", TestOutcome.PASSED, "004-FR-099"),
                result("floe-orphans", "c", TestOutcome.PASSED, "004-FR-099"),
                result("floe-orphans", "d", TestOutcome.PASSED, "004-FR-099"),
                result("floe-orphans", "e", TestOutcome.PASSED, "004-FR-099"));

        CliRun run = cli();

        assertThat(run.exitCode()).as(run.err()).isZero();
        String file = "floe-orphans/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::";
        assertThat(run.out()).contains("Orphan ids (1): cited by tests, defined by no spec\n  004-FR-099 (")
                .containsPattern("\\) in " + java.util.regex.Pattern.quote(file + "a, " + file + "b, " + file + "c and 2 more"
                        + " test(s) (all in " + out.resolve("index.html") + ")") + "\\R")
                .doesNotContain(file + "d");
    }

    @Test
    @Covers("009-FR-012")
    void theConsoleNamesOrphanAndAmbiguousIdsTheFirstFewThenHowManyMore() {
        String[] ids = {"004-FR-091", "004-FR-092", "004-FR-093", "004-FR-094", "004-FR-095", "004-FR-096", "004-FR-097"};
        List<TestResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            results.add(result("floe-orphans", "t" + i, TestOutcome.PASSED, ids[i]));
        }
        build.module("floe-orphans", T, results.toArray(TestResult[]::new));

        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("7 id(s) cited by tests resolve to no requirement: orphan ids: 004-FR-091,"
                + " 004-FR-092, 004-FR-093, 004-FR-094, 004-FR-095 and 2 more");
    }

    @Test
    @Covers("009-FR-011")
    void theConsoleListsGapsAsUncoveredOnlyAndFailingRequirementsUnderTheirOwnName() {
        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        assertThat(out).contains("Failing (covering tests failed) (1):\n  004-FR-003 failing P2 at specs/004-catalog/spec.md:11",
                "Gaps (uncovered: no test covers them) (2):\n  004-FR-002 uncovered P1");
        String gaps = out.substring(out.indexOf("Gaps ("));
        assertThat(gaps.substring(0, gaps.indexOf("\n", gaps.indexOf("004-FR-004")))).doesNotContain("004-FR-003");
    }

    @Test
    @Covers("009-FR-009")
    void theSourceUrlOptionMakesSpecLinksOpenTheRepositoryLine() {
        CliRun run = cli("--source-url", "https://github.com/floe-dev/floe-testing/blob/main");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FixtureBuild.read(out.resolve("index.html")))
                .contains("<a href=\"https://github.com/floe-dev/floe-testing/blob/main/specs/004-catalog/spec.md#L10\">");
        assertThat(cli("--source-url", "not a url").exitCode()).isEqualTo(2);
    }
}
