package dev.floe.testing.traceability.cli;

import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.result.TestOutcome;

/**
 * Runs the merge-and-gate step of {@code examples/github-actions/floe-package-ci.yml}, its {@code run:} script
 * as written, with bash and a real {@code java} for the command line, on what three shard jobs uploaded and
 * the default branch's matrix: what GitHub would run, without GitHub.
 */
class ExampleWorkflowMergeAndGateTest {

    static final Path WORKFLOW = Path.of("examples/github-actions/floe-package-ci.yml");
    static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    @Covers({"008-FR-008", "008-FR-001", "008-FR-004", "008-FR-006"})
    void threeShardsMergeGateSummariseAnnotateAndGiveTheDelta() throws Exception {
        Path repo = temp.resolve("repo");
        FixtureBuild build = FixtureBuild.in(repo);
        Path shards = temp.resolve("shards");
        // what actions/download-artifact puts into one folder: one sub-folder per shard artifact
        build.module("../shards/traceability-base-1/floe-core", T,
                result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        build.module("../shards/traceability-storage-1/floe-storage", T,
                result("floe-storage", "creates", TestOutcome.FAILED, "004-FR-002"));
        build.module("../shards/traceability-compute-2/floe-compute", T,
                result("floe-compute", "queries", TestOutcome.PASSED, "005-FR-001"),
                result("floe-compute", "drops", TestOutcome.PASSED, "004-FR-003"));
        // the default branch's matrix: 004-FR-002 and 004-FR-004 covered, 004-FR-003 not
        Path baseline = temp.resolve("baseline/traceability-matrix.json");
        FixtureBuild main = FixtureBuild.in(temp.resolve("main"));
        Files.createDirectories(baseline.getParent());
        Files.copy(main.module("floe-core", T, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"),
                result("floe-core", "creates", TestOutcome.PASSED, "004-FR-002"),
                result("floe-core", "renames", TestOutcome.PASSED, "004-FR-004"),
                result("floe-core", "queries", TestOutcome.PASSED, "005-FR-001")), baseline);
        Path summary = Files.writeString(temp.resolve("step-summary.md"), "## Test jobs\n\n");
        Path output = Files.writeString(temp.resolve("github-output"), "");

        Step step = Step.withId(Files.readAllLines(buildRoot().resolve(WORKFLOW)), "merge-and-gate");
        Map<String, String> env = new LinkedHashMap<>(step.literalEnv());
        env.put("SHARDS_DIR", shards.toString());
        env.put("BASELINE", baseline.toString());
        env.put("FLOE_CLI", javaCommandLine());
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        assertThat(step.expressionEnv()).as("the step's values that GitHub fills in, given here")
                .containsOnlyKeys("SHARDS_DIR", "BASELINE");

        Result run = bash(repo, step.script(), env);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(Files.readString(output)).isEqualTo("exit-code=1\n");
        assertThat(run.output()).contains("floe traceability: merged 3 input(s), 4 test(s)", "Gate: FAILED",
                "FAIL priority-coverage", "FAIL ratchet");
        assertThat(run.output().lines().filter(line -> line.startsWith("::")).toList()).containsExactly(
                "::error file=specs/004-catalog/spec.md,line=10,title=P1 requirement 004-FR-002::P1 requirement"
                        + " 004-FR-002 is failing: 1 covering test(s) failed (floe-storage/src/test/java/dev/floe/demo/"
                        + "StorageTest.java::StorageTest::creates). floe-storage MUST create tables. (P1)");
        assertThat(Files.readString(summary)).startsWith("## Test jobs\n\n## Traceability\n\n").containsSubsequence(
                "### Needs attention", "#### Failing (1)", "`004-FR-002` (P1)", "#### Uncovered (1)", "`004-FR-004` (P3)",
                "## Traceability gate: FAILED", "### Against the baseline");
        Path merged = repo.resolve("target/floe-traceability-merged");
        assertThat(merged.resolve("traceability.sarif")).exists();
        assertThat(Files.readString(merged.resolve("traceability-delta.md"))).containsSubsequence(
                "Coverage 80.0% → 60.0%",
                "### Newly covered (1)", "`004-FR-003` (P2) at `specs/004-catalog/spec.md:11`: uncovered → covered",
                "### Newly failing (1)", "`004-FR-002` (P1) at `specs/004-catalog/spec.md:10`: covered → partial failing",
                "### Newly uncovered (1)", "`004-FR-004` (P3) at `specs/004-catalog/spec.md:12`: covered → uncovered");
    }

    @Test
    @Covers("008-FR-009")
    void theDocsShowBothWorkflowFilesExactlyAsValidated() throws IOException {
        String docs = Files.readString(buildRoot().resolve("docs/github-actions.md"));

        for (String file : List.of(WORKFLOW.toString(), ".github/workflows/ci.yml")) {
            assertThat(docs).as(file).contains("```yaml\n" + Files.readString(buildRoot().resolve(file)) + "```\n");
        }
    }

    /** {@code java -cp <this test's classpath> ...TraceabilityCli}, as the workflow's FLOE_CLI names it. */
    private static String javaCommandLine() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
                + " " + TraceabilityCli.class.getName();
    }

    private static Path buildRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(WORKFLOW))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above the working directory holding " + WORKFLOW).isNotNull();
        return dir;
    }

    /** GitHub's default shell for {@code run:} on Linux: {@code bash --noprofile --norc -eo pipefail {0}}. */
    private Result bash(Path workingDir, String script, Map<String, String> env) throws IOException,
            InterruptedException {
        Path file = Files.writeString(temp.resolve("step.sh"), script);
        ProcessBuilder process = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
                .directory(workingDir.toFile()).redirectErrorStream(true);
        process.environment().keySet().removeIf(key -> key.startsWith("GITHUB_") || key.startsWith("FLOE_"));
        process.environment().putAll(env);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(started.waitFor(), output);
    }

    private record Result(int exitCode, String output) {
    }

    /** One step of a workflow file, read by indentation: its {@code env:} entries and its {@code run: |} script. */
    private record Step(Map<String, String> env, String script) {

        static Step withId(List<String> lines, String id) {
            int idLine = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("id: " + id)) {
                    idLine = i;
                }
            }
            assertThat(idLine).as("a step with id " + id).isNotNegative();
            int start = idLine;
            while (!lines.get(start).stripLeading().startsWith("- ")) {
                start--;
            }
            int keyIndent = indent(lines.get(start)) + 2;
            Map<String, String> env = new LinkedHashMap<>();
            List<String> script = new ArrayList<>();
            for (int i = start + 1; i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) >= keyIndent); i++) {
                String line = lines.get(i);
                if (indent(line) == keyIndent && line.strip().equals("env:")) {
                    for (i++; i < lines.size() && indent(lines.get(i)) > keyIndent; i++) {
                        String[] entry = lines.get(i).strip().split(":\\s*", 2);
                        env.put(entry[0], entry[1].replaceAll("^\"(.*)\"$", "$1"));
                    }
                    i--;
                }
                else if (indent(line) == keyIndent && line.strip().equals("run: |")) {
                    for (i++; i < lines.size() && (lines.get(i).isBlank() || indent(lines.get(i)) > keyIndent); i++) {
                        script.add(lines.get(i).isBlank() ? "" : lines.get(i).substring(keyIndent + 2));
                    }
                    i--;
                }
            }
            assertThat(script).as("the run: | script of step " + id).isNotEmpty();
            return new Step(env, String.join("\n", script) + "\n");
        }

        Map<String, String> literalEnv() {
            Map<String, String> literal = new LinkedHashMap<>(env);
            literal.values().removeIf(value -> value.contains("${{"));
            return literal;
        }

        Map<String, String> expressionEnv() {
            Map<String, String> expressions = new LinkedHashMap<>(env);
            expressions.values().removeIf(value -> !value.contains("${{"));
            return expressions;
        }

        private static int indent(String line) {
            return line.length() - line.stripLeading().length();
        }
    }
}
