package dev.floe.testing.traceability.cli;

import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.discovery.CoversDiscoveryTest;
import dev.floe.testing.traceability.discovery.TestClassCompiler;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;

class SuspectLinksAndSarifTest {

    @TempDir
    Path root;

    FixtureBuild build;
    Path out;
    Path lock;

    @BeforeEach
    void setUp() {
        build = FixtureBuild.in(root);
        out = root.resolve("merged");
        lock = root.resolve("specs/traceability.lock.json");
        build.module("floe-core", TraceabilityCliTest.T,
                result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"),
                result("floe-core", "cites", TestOutcome.PASSED, "004-FR-099"));
    }

    CliRun cli(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--root", root.toString(), "--out", out.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    @Test
    @Covers("006-FR-021")
    void aChangedRequirementMakesItsLinksSuspectUntilConfirmed() {
        CliRun confirm = cli("--confirm-links");
        assertThat(confirm.exitCode()).as(confirm.err()).isZero();
        assertThat(confirm.out()).contains("Links confirmed: " + lock);
        assertThat(FixtureBuild.read(lock)).startsWith("{\n  \"format\" : 1,\n  \"fingerprints\" : {\n"
                + "    \"004-FR-001\" : \"");
        assertThat(cli().exitCode()).isZero();

        Path spec = root.resolve("specs/004-catalog/spec.md");
        FixtureBuild.write(spec, FixtureBuild.read(spec).replace("MUST list namespaces", "MUST list and count namespaces"));
        CliRun changed = cli();

        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("Suspect links (1):",
                "FAIL suspect-links: 1 requirement(s) changed since their links were confirmed; check the tests, then"
                        + " confirm the links",
                "  004-FR-001 at specs/004-catalog/spec.md:9 changed since its links were confirmed; re-check"
                        + " floe-core/src/test/java/dev/floe/demo/StorageTest.java::StorageTest::lists");
        CliRun warned = cli("--warn-suspect");
        assertThat(warned.exitCode()).isZero();
        assertThat(warned.out()).contains("Note: 1 suspect link(s): 004-FR-001 at specs/004-catalog/spec.md:9");

        assertThat(cli("--confirm-links", "004-FR-001").exitCode()).isZero();
        assertThat(cli().exitCode()).isZero();
        assertThat(cli("--confirm-links", "004-FR-777").err())
                .contains("Cannot confirm links of 004-FR-777: no spec defines it.", "found: 004-FR-777",
                        "where: the command line, option --confirm-links",
                        "fix: use feature-scoped ids such as 004-FR-012, as the report lists them");
    }

    @Test
    @Covers("006-FR-021")
    void aFormattingChangeIsNoTextChange() {
        assertThat(cli("--confirm-links").exitCode()).isZero();
        Path spec = root.resolve("specs/004-catalog/spec.md");
        FixtureBuild.write(spec, FixtureBuild.read(spec).replace("The catalog MUST list namespaces.",
                "The catalog MUST list\n  namespaces."));

        assertThat(cli().exitCode()).isZero();
    }

    @Test
    @Covers("006-FR-022")
    void writesSarifPointingAtSpecLinesAndOrphanTests() throws Exception {
        assertThat(cli().exitCode()).isZero();

        JsonNode sarif = new ObjectMapper().readTree(out.resolve("traceability.sarif").toFile());

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("floe-traceability");
        assertThat(run.at("/tool/driver/rules")).extracting(r -> r.get("id").asText())
                .containsExactly("FLOE-TRACE-001", "FLOE-TRACE-002", "FLOE-TRACE-003", "FLOE-TRACE-004");
        List<Map<String, Object>> results = new ObjectMapper().convertValue(run.get("results"),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        assertThat(run.get("results")).hasSize(5); // 004-FR-002..004 and 005-FR-001 uncovered, 004-FR-099 orphaned
        JsonNode first = run.get("results").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("FLOE-TRACE-001");
        assertThat(first.at("/message/text").asText()).startsWith("004-FR-002 is a gap, no test covers it: floe-storage MUST"
                + " create tables.");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("specs/004-catalog/spec.md");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(10);
        JsonNode orphan = run.get("results").get(4);
        assertThat(orphan.get("ruleId").asText()).isEqualTo("FLOE-TRACE-003");
        assertThat(orphan.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("floe-core/src/test/java/dev/floe/demo/StorageTest.java");
        assertThat(results).hasSize(5);
    }

    @Test
    @Covers({"006-FR-009", "006-FR-012"})
    void coveringTestsThatDidNotRunShowAsNotRunNotAsUncovered() {
        TestClassCompiler.compile(root.resolve("floe-core"), CoversDiscoveryTest.SOURCES);

        CliRun run = cli("--feature", "004");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("merged 1 input(s), 10 test(s), 8 of them not run (found in compiled test"
                + " classes)",
                "  004-FR-003 partial(not_run) P2  tests 2 (0 passed, 0 failed, 2 not run)",
                "      not_run  floe-core/src/test/java/fx/ClassLevelTest.java::ClassLevelTest::dropsTables",
                "  004-FR-001 partial(not_run) P1  tests 3 (1 passed, 0 failed, 2 not run)",
                "      not_run  floe-core/src/test/java/fx/ContractTest.java::ContractTest::widens");
        assertThat(run.out()).doesNotContain("004-FR-003 uncovered");
    }

    @Test
    @Covers("006-FR-009")
    void aPartialRunsMatrixGivenAsInputKeepsItsModulesCoveringTestsNotRun() throws Exception {
        TestClassCompiler.compile(root.resolve("floe-core"), CoversDiscoveryTest.SOURCES);
        Path full = root.resolve("floe-core/target/floe-traceability");
        Path partial = full.resolve("partial");
        // an IDE run of one test: its reports go to partial/, the full run's are gone
        TraceabilityReports.writeAll(dev.floe.testing.traceability.matrix.internal.MatrixBuilder.forSpecs(build.specs())
                .withResults(List.of(result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001")))
                .withPartialRun("selected by method").build(TraceabilityCliTest.T), partial);
        TraceabilityReports.deleteAll(full, TraceabilityReports.FILE_NAMES);

        CliRun run = cli("--feature", "004", partial.resolve(TraceabilityReports.MATRIX_JSON).toString());

        assertThat(run.exitCode()).as(run.err()).isNotEqualTo(3);
        assertThat(run.out()).contains("  004-FR-003 partial(not_run) P2  tests 2 (0 passed, 0 failed, 2 not run)",
                "      not_run  floe-core/src/test/java/fx/ClassLevelTest.java::ClassLevelTest::dropsTables")
                .doesNotContain("004-FR-003 uncovered");
    }

    @Test
    @Covers("006-FR-009")
    void findsCoveringTestsOfAModuleWhoseRunWroteNoMatrix() {
        TestClassCompiler.compile(root.resolve("floe-compute"), CoversDiscoveryTest.SOURCES);

        CliRun run = cli("--feature", "005");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  005-FR-001 partial(not_run) P2  tests 2 (0 passed, 0 failed, 2 not run)",
                "      not_run  floe-compute/src/test/java/fx/ContractTest.java::ContractTest::honoursTheContract",
                "      not_run  floe-compute/src/test/java/fx/ConcreteTest.java::ConcreteTest::inherited");
        assertThat(cli("--feature", "005", "--no-discovery").out()).contains("  005-FR-001 uncovered");
    }
}
