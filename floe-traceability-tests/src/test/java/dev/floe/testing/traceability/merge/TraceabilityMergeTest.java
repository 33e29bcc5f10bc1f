package dev.floe.testing.traceability.merge;

import static dev.floe.testing.traceability.testing.MatrixLookups.row;
import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.internal.MatrixMerge;
import dev.floe.testing.traceability.merge.internal.MergeInput;
import dev.floe.testing.traceability.merge.internal.MergeInputReader;
import dev.floe.testing.traceability.merge.internal.MergeInputs;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.testing.Schemas;

class TraceabilityMergeTest {

    private static final Instant T1 = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T09:05:00Z");

    @TempDir
    Path root;

    private FixtureBuild build;

    @BeforeEach
    void setUp() {
        build = FixtureBuild.in(root);
    }

    @Test
    @Covers({"006-FR-001", "006-FR-002"})
    void mergesModuleMatricesIntoOneMatrixWhateverTheOrderOfInputs() {
        Path core = build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        Path storage = build.module("floe-storage", T2,
                result("floe-storage", "creates", TestOutcome.PASSED, "004-FR-002"),
                result("floe-storage", "queries", TestOutcome.PASSED, "005-FR-001"));

        List<Path> found = MergeInputs.find(List.of(root));
        assertThat(found).containsExactly(core.toAbsolutePath(), storage.toAbsolutePath());

        TraceabilityMatrix forward = merge(found);
        List<Path> reversed = new ArrayList<>(found);
        Collections.reverse(reversed);
        TraceabilityMatrix backward = merge(reversed);

        assertThat(forward.tests()).hasSize(3);
        assertThat(status(forward, "004-FR-001")).isEqualTo(CoverageStatus.COVERED);
        assertThat(status(forward, "004-FR-002")).isEqualTo(CoverageStatus.COVERED);
        assertThat(status(forward, "004-FR-003")).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(forward.generatedAt()).as("stamped with the newest input").isEqualTo(T2);
        assertThat(TraceabilityReports.render(forward)).isEqualTo(TraceabilityReports.render(backward));
    }

    @Test
    @Covers({"006-FR-001", "002-FR-014"})
    void readsItsInputsAndExclusionsFromPathsThePublicWay() throws Exception {
        build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        build.module("floe-storage", T2, result("floe-storage", "creates", TestOutcome.PASSED, "004-FR-002"));
        Path exclusions = Files.writeString(root.resolve("exclusions.json"), """
                {"exclusions": [{"id": "004-FR-003", "reason": "needs a cluster", "owner": "ops",
                                 "expires": "2099-01-01"}]}""");

        TraceabilityMatrix merged = TraceabilityMerge.of(build.specs()).withInputsFrom(List.of(root))
                .withExclusionsFile(exclusions).build();

        TraceabilityMatrix theCommandLinesWay = MatrixMerge.of(build.specs())
                .withInputs(MergeInputs.readAll(MergeInputs.find(List.of(root))))
                .withExclusions(ExclusionsFile.read(exclusions)).build();
        assertThat(TraceabilityReports.render(merged)).isEqualTo(TraceabilityReports.render(theCommandLinesWay));
        assertThat(status(merged, "004-FR-001")).isEqualTo(CoverageStatus.COVERED);
        assertThat(status(merged, "004-FR-003")).isEqualTo(CoverageStatus.EXCLUDED);
        assertThatThrownBy(() -> TraceabilityMerge.of(build.specs()).withInputsFrom(List.of(root.resolve("none"))))
                .isInstanceOf(MergeInputException.class).hasMessageContaining("none");
    }

    @Test
    @Covers({"006-FR-003", "006-FR-004"})
    void aTestThatFailedInAnyShardCountsAsFailedAndIsOneTest() {
        Path shard1 = build.module("shard-1", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        Path shard2 = build.module("shard-2", T1, result("floe-core", "lists", TestOutcome.FAILED, "004-FR-001"));

        TraceabilityMatrix matrix = merge(List.of(shard1, shard2));

        assertThat(matrix.tests()).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.FAILED);
            assertThat(t.message()).as("failure message read back from test-report.json")
                    .isEqualTo("expected: <1> but was: <2>");
            assertThat(t.durationMs()).isEqualTo(7);
        });
        RequirementCoverage row = row(matrix, "004-FR-001");
        assertThat(row.status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(row.partialKind()).isEqualTo(PartialKind.FAILING);
    }

    @Test
    @Covers("006-FR-005")
    void namesAMissingInput() {
        Path missing = root.resolve("floe-core/target/floe-traceability/traceability-matrix.json");

        assertThatThrownBy(() -> MergeInputs.find(List.of(missing))).isInstanceOf(MergeInputException.class)
                .hasMessageStartingWith("Merge input " + missing + " does not exist.\n")
                .hasMessageContaining("found:    no file at that path\n")
                .hasMessageContaining("where:    " + missing + "\n")
                .hasMessageEndingWith("fix:      correct the path, or run the tests that write it (mvn verify)");
        assertThatThrownBy(() -> MergeInputReader.read(missing)).isInstanceOf(MergeInputException.class)
                .hasMessageStartingWith("Merge input " + missing + " does not exist.\n")
                .hasMessageContaining("where:    " + missing + "\n");
    }

    @Test
    @Covers("006-FR-005")
    void namesACorruptInputWithLineAndColumn() throws Exception {
        Path file = root.resolve("shard/traceability-matrix.json");
        FixtureBuild.write(file, "{\n  \"tests\": [\n    {\"test_id\": \n");

        assertThatThrownBy(() -> MergeInputReader.read(file)).isInstanceOf(MergeInputException.class)
                .hasMessageStartingWith("Corrupt merge input " + file + ": not valid JSON at line 4");
    }

    @Test
    @Covers("006-FR-006")
    void namesTheJsonPathOfASchemaInvalidMatrix() {
        Path file = build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        FixtureBuild.write(file, FixtureBuild.read(file).replace("\"status\" : \"passed\"", "\"status\" : \"green\""));

        assertThatThrownBy(() -> MergeInputReader.read(file)).isInstanceOf(MergeInputException.class)
                .hasMessage("Invalid merge input " + file + ": $.tests[0].status must be one of passed, failed, error,"
                        + " skipped, aborted, not_run.\n"
                        + "  expected: one of passed, failed, error, skipped, aborted, not_run\n"
                        + "  found:    'green'\n"
                        + "  where:    $.tests[0].status in " + file + "\n"
                        + "  fix:      regenerate it with a test run (mvn verify), or leave it out of the merge inputs");

        FixtureBuild.write(file, "{\"tests\": [], \"feature_id\": \"004\"}");
        assertThatThrownBy(() -> MergeInputReader.read(file)).isInstanceOf(MergeInputException.class)
                .hasMessageStartingWith("Invalid merge input " + file + ": $.feature_name must be present.\n")
                .hasMessageContaining("found:    nothing: the field is missing\n")
                .hasMessageContaining("where:    $.feature_name in " + file + "\n");
    }

    @Test
    @Covers("006-FR-007")
    void aPartialInputMakesTheMergePartialAndPartialFoldersAreNotInputs() throws Exception {
        build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        Path partialDir = root.resolve("floe-core/target/floe-traceability/partial");
        Files.createDirectories(partialDir);
        Files.copy(root.resolve("floe-core/target/floe-traceability/traceability-matrix.json"),
                partialDir.resolve("traceability-matrix.json"));

        assertThat(MergeInputs.find(List.of(root))).hasSize(1);
        Path merged = root.resolve("elsewhere/floe-traceability-merged");
        Files.createDirectories(merged);
        Files.copy(partialDir.resolve("traceability-matrix.json"), merged.resolve("traceability-matrix.json"));
        assertThat(MergeInputs.find(List.of(root))).as("earlier merged reports are no input").hasSize(1);

        Path shard = root.resolve("shard-2/traceability-matrix.json");
        FixtureBuild.write(shard, FixtureBuild.read(root.resolve("floe-core/target/floe-traceability/"
                + "traceability-matrix.json")).replace("\"partial_run\" : false", "\"partial_run\" : true"));
        TraceabilityMatrix matrix = merge(List.of(shard));
        assertThat(matrix.partialRun()).isTrue();
        assertThat(matrix.partialReasons()).singleElement().asString().contains(shard.toString());
    }

    @Test
    @Covers("006-FR-002")
    void readsResultFragmentsOfTheRunListener() throws Exception {
        var fragment = new dev.floe.testing.traceability.fragment.internal.ResultFragment(1, "run-1", "floe-core", List.of(),
                List.of(), List.of(result("floe-core", "lists", TestOutcome.ABORTED, "FR-001")));
        Path file = new dev.floe.testing.traceability.fragment.internal.FragmentStore(root.resolve("frags")).write(fragment);

        MergeInput input = MergeInputReader.read(file);

        assertThat(input.results()).singleElement().satisfies(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.ABORTED);
            assertThat(t.displayName()).isEqualTo("lists()");
            assertThat(t.coveredIds()).containsExactly("FR-001");
        });
    }

    @Test
    @Covers("006-FR-001")
    void theMergedReportsAreValidAgainstTheExtendedContracts() {
        build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001", "004-FR-999"));
        build.module("floe-storage", T2, result("floe-storage", "creates", TestOutcome.ABORTED, "FR-002"));

        var files = TraceabilityReports.render(merge(MergeInputs.find(List.of(root))));

        Schemas.assertValid("traceability-matrix.schema.json", files.get(TraceabilityReports.MATRIX_JSON));
        Schemas.assertValid("test-report.schema.json", files.get(TraceabilityReports.TEST_REPORT_JSON));
    }

    @Test
    @Covers("006-FR-006")
    void whatTheReaderRejectsTheContractRejectsToo() {
        Path file = build.module("floe-core", T1, result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        String bad = FixtureBuild.read(file).replace("\"status\" : \"passed\"", "\"status\" : \"green\"");

        assertThat(Schemas.errors(Schemas.contracts().resolve("traceability-matrix.schema.json"), bad)).isNotEmpty();
        FixtureBuild.write(file, bad);
        assertThatThrownBy(() -> MergeInputReader.read(file)).isInstanceOf(MergeInputException.class);
    }

    private TraceabilityMatrix merge(List<Path> files) {
        List<MergeInput> inputs = files.stream().map(MergeInputReader::read).toList();
        return MatrixMerge.of(build.specs()).withInputs(inputs).build();
    }

    private static CoverageStatus status(TraceabilityMatrix matrix, String id) {
        return row(matrix, id).status();
    }

}
