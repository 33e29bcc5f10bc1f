package dev.floe.testing.traceability.cli;

import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.result.TestOutcome;

/** What the merge adds on GitHub Actions: the job summary, the pull-request delta and the annotations. */
class GitHubActionsOutputTest {

    static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    FixtureBuild build;
    Path out;
    Path summary;

    @BeforeEach
    void buildWithAFailingANotRunAndAnUncoveredRequirement() {
        build = FixtureBuild.in(root);
        out = root.resolve("merged");
        summary = root.resolve("step-summary.md");
        // 004-FR-001 (P1) failing, 004-FR-002 (P1) uncovered, 004-FR-003 (P2) not run, 004-FR-004 (P3) uncovered
        build.module("floe-core", T, result("floe-core", "lists", TestOutcome.FAILED, "004-FR-001"),
                result("floe-core", "drops", TestOutcome.SKIPPED, "004-FR-003"),
                result("floe-core", "queries", TestOutcome.PASSED, "005-FR-001"));
    }

    CliRun cli(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "--root";
        all[1] = root.toString();
        all[2] = "--out";
        all[3] = out.toString();
        all[4] = "--allow-skipped";
        all[5] = "--min-coverage";
        all[6] = "P1=100";
        System.arraycopy(args, 0, all, 7, args.length);
        return CliRun.of(FloeConfiguration.of(Map.of(), environment, Map.of()), all);
    }

    Map<String, String> onActions(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_STEP_SUMMARY", summary.toString(),
                "GITHUB_ACTIONS", "true"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    @Covers({"008-FR-001", "008-FR-002"})
    void appendsTheSummaryWithFailingThenNotRunThenUncoveredFirstAfterWhatEarlierStepsWrote() throws Exception {
        Files.writeString(summary, "## Tests\n\nwritten by an earlier step\n\n");

        CliRun run = cli(onActions());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TraceabilityCli.GATE_FAILED);
        String written = Files.readString(summary);
        assertThat(written).startsWith("## Tests\n\nwritten by an earlier step\n\n## Traceability\n\n"
                + "**1 of 5 requirements covered \\(20.0%\\), 1 failing, 1 not run, 2 uncovered, 0 excluded, 0 orphan id\\(s\\); 3 tests**");
        assertThat(written).containsSubsequence("### Needs attention",
                "#### Failing (1)", "- `004-FR-001` (P1) at `specs/004-catalog/spec.md:9`: 1 failing test(s)",
                "#### Not run (1)", "- `004-FR-003` (P2) at `specs/004-catalog/spec.md:11`: 1 test(s) did not run",
                "#### Uncovered (2)", "- `004-FR-002` (P1) at `specs/004-catalog/spec.md:10`: no test",
                "- `004-FR-004` (P3) at `specs/004-catalog/spec.md:12`: no test",
                "## Traceability gate: FAILED");

        cli(onActions());
        assertThat(Files.readString(summary)).as("a second merge appends again").startsWith(written)
                .hasSize(written.length() * 2 - "## Tests\n\nwritten by an earlier step\n\n".length());
    }

    @Test
    @Covers("008-FR-002")
    void theKeyTurnsTheSummaryOffAsEnvironmentVariableOrSystemProperty() throws Exception {
        cli(onActions("FLOE_TRACEABILITY_GITHUB_STEP_SUMMARY", "false"));
        assertThat(summary).doesNotExist();

        CliRun run = CliRun.of(FloeConfiguration.of(Map.of("floe.traceability.github.step-summary", "false"),
                onActions(), Map.of()), "--root", root.toString(), "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(summary).doesNotExist();
    }

    @Test
    @Covers("008-FR-003")
    void aSummaryFileThatCannotBeWrittenChangesNothingButAWarning() throws Exception {
        Path folder = Files.createDirectories(root.resolve("a-folder-not-a-file"));
        int withoutSummary = cli(Map.of()).exitCode();

        CliRun run = cli(Map.of("GITHUB_STEP_SUMMARY", folder.toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(withoutSummary).isEqualTo(TraceabilityCli.GATE_FAILED);
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("traceability-matrix.json")).exists();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    @Covers("008-FR-004")
    void printsThePullRequestDeltaAsMarkdownAndWritesItBesideTheReports() throws Exception {
        Path baseline = elsewhere.resolve("main-matrix.json");
        FixtureBuild main = FixtureBuild.in(elsewhere.resolve("main"));
        Files.copy(main.module("floe-core", T, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"),
                result("floe-core", "creates", TestOutcome.PASSED, "004-FR-002"),
                result("floe-core", "renames", TestOutcome.SKIPPED, "004-FR-004")), baseline);

        CliRun run = cli(Map.of(), "--baseline", baseline.toString(), "--print-delta");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(TraceabilityCli.GATE_FAILED);
        assertThat(run.out()).isEqualTo(Files.readString(out.resolve("traceability-delta.md")));
        assertThat(run.out()).startsWith("<!-- floe-traceability-delta -->\n## Traceability against the default branch\n\n"
                + "Coverage 40.0% → 20.0% (baseline `" + baseline.toString().replace('\\', '/') + "`).\n\n");
        assertThat(run.out()).containsSubsequence(
                "### Newly covered (1)", "- `005-FR-001` (P2) at `specs/005-compute/spec.md:7`: uncovered → covered",
                "### Newly failing (1)", "- `004-FR-001` (P1) at `specs/004-catalog/spec.md:9`: covered → partial failing,"
                        + " 1 failing test(s): `floe-core/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::lists`",
                "### Newly uncovered (2)", "- `004-FR-002` (P1) at `specs/004-catalog/spec.md:10`: covered → uncovered",
                "- `004-FR-004` (P3) at `specs/004-catalog/spec.md:12`: partial not_run → uncovered",
                "### Newly partial (tests did not run) (1)",
                "- `004-FR-003` (P2) at `specs/004-catalog/spec.md:11`: uncovered → partial not_run, 1 test(s) did not run");
        assertThat(run.out()).doesNotContain("Gate:", "floe traceability: merged");
    }

    @Test
    @Covers("008-FR-005")
    void printDeltaWithoutABaselineIsBadInput() {
        CliRun run = cli(Map.of(), "--print-delta");

        assertThat(run.exitCode()).isEqualTo(TraceabilityCli.BAD_INPUT);
        assertThat(run.err()).isEqualTo("floe-traceability: --print-delta needs --baseline FILE. | expected: --baseline"
                + " FILE: the matrix to compare with, e.g. the default branch's traceability-matrix.json | found:"
                + " --print-delta without --baseline FILE | where: the command line, option --print-delta | fix: add"
                + " --baseline FILE, or remove --print-delta\n");
        assertThat(out).doesNotExist();
    }

    @Test
    @Covers("008-FR-006")
    void annotatesTheSpecLineOfEachFailingOrUncoveredP1RequirementOnActionsWhenAsked() {
        CliRun run = cli(onActions("FLOE_TRACEABILITY_GITHUB_ANNOTATIONS", "true"));

        assertThat(run.out().lines().filter(line -> line.startsWith("::")).toList()).containsExactly(
                "::error file=specs/004-catalog/spec.md,line=9,title=P1 requirement 004-FR-001::P1 requirement 004-FR-001"
                        + " is failing: 1 covering test(s) failed (floe-core/src/test/java/dev/floe/demo/StorageTest.java"
                        + "::StorageTest::lists). The catalog MUST list namespaces. (P1)",
                "::error file=specs/004-catalog/spec.md,line=10,title=P1 requirement 004-FR-002::P1 requirement 004-FR-002"
                        + " is uncovered: no test cites it. floe-storage MUST create tables. (P1)");

        assertThat(cli(onActions()).out()).as("the key is off by default").doesNotContain("::error");
        Map<String, String> notOnActions = onActions("FLOE_TRACEABILITY_GITHUB_ANNOTATIONS", "true");
        notOnActions.remove("GITHUB_ACTIONS");
        assertThat(cli(notOnActions).out()).as("outside Actions").doesNotContain("::error");
    }

    @Test
    @Covers("008-FR-007")
    void anIllFormedKeyIsBadInputNamingTheKeyAndItsSource() {
        CliRun run = cli(onActions("FLOE_TRACEABILITY_GITHUB_ANNOTATIONS", "maybe"));

        assertThat(run.exitCode()).isEqualTo(TraceabilityCli.BAD_INPUT);
        assertThat(run.err()).contains("floe.traceability.github.annotations",
                "environment variable FLOE_TRACEABILITY_GITHUB_ANNOTATIONS", "'maybe'");
        assertThat(out).doesNotExist();
    }
}
