package dev.floe.testing.traceability.report;

import static dev.floe.testing.traceability.testing.Specs.requirement;
import static dev.floe.testing.traceability.testing.Specs.specs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.internal.MergeInput;
import dev.floe.testing.traceability.merge.internal.MergeInputReader;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.sarif.internal.SarifWriter;

/** A run's reports and gate files are replaced as one set; what killed writers left is removed by the next write. */
class ReportSetFolderTest {

    @TempDir
    Path dir;

    private static TraceabilityMatrix run(int n) {
        TestResult failing = new TestResult("core/src/test/java/demo/DemoTest.java::DemoTest::run-" + n + "-",
                "core/src/test/java/demo/DemoTest.java", "demo.DemoTest", "run-" + n + "-", "sets()", "core", "demo",
                List.of("007-FR-001"), TestOutcome.FAILED, n, "message of run-" + n + "-");
        return MatrixBuilder.forSpecs(specs(requirement("007", "FR-001", 10, "sets"))).withResults(List.of(failing))
                .build(Instant.ofEpochSecond(1_800_000_000L + n));
    }

    private static Map<String, Supplier<String>> gate(int n) {
        Map<String, Supplier<String>> gate = new LinkedHashMap<>();
        gate.put(SarifWriter.FILE_NAME, () -> "{\"run\": \"run-" + n + "-\"}");
        gate.put(ReportSetWriterMain.GATE_FILE, () -> "gate of run-" + n + "-");
        return gate;
    }

    @Test
    @Covers("007-FR-001")
    void aNewSetReplacesTheWholeOldOneAndAGateFileItLacksDisappearsWithIt() throws Exception {
        TraceabilityReports.writeAll(run(1), dir, Path.of(""), gate(1));
        assertThat(ReportSets.visibleRun(dir)).isEqualTo("1");

        TraceabilityReports.writeAll(run(2), dir);

        assertThat(Files.readString(dir.resolve(TraceabilityReports.MARKDOWN))).contains("run-2-");
        assertThat(Files.readString(dir.resolve(TraceabilityReports.TEST_REPORT_JSON))).contains("run-2-");
        assertThat(dir.resolve(SarifWriter.FILE_NAME)).doesNotExist();
        assertThat(dir.resolve(ReportSetWriterMain.GATE_FILE)).doesNotExist();
    }

    @Test
    @Covers("007-FR-001")
    void aWriteThatFailsHalfWayLeavesThePreviousSetWholeAndNamesTheFolder() {
        TraceabilityReports.writeAll(run(1), dir, Path.of(""), gate(1));
        Map<String, Supplier<String>> broken = gate(2);
        broken.put(ReportSetWriterMain.GATE_FILE, () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
        });

        assertThatThrownBy(() -> TraceabilityReports.writeAll(run(2), dir, Path.of(""), broken))
                .hasMessageContaining("No space left on device");

        assertThat(ReportSets.visibleRun(dir)).isEqualTo("1");
        TraceabilityReports.writeAll(run(3), dir, Path.of(""), gate(3));
        assertThat(ReportSets.visibleRun(dir)).isEqualTo("3");
        assertThat(ReportSets.leftovers(dir)).isEmpty();
    }

    @Test
    @Covers("007-FR-003")
    void theNextWriteRemovesTemporaryFilesAndHalfWrittenSetsOfKilledWriters() throws Exception {
        TraceabilityReports.writeAll(run(1), dir, Path.of(""), gate(1));
        long gone = deadPid();
        // as left by a writer of the earlier kind, and by writers of sets killed half-way
        Files.writeString(dir.resolve(".traceability-matrix.json8123456017.tmp"), "{\"half");
        Files.createSymbolicLink(dir.resolve(".current." + gone + "-0a1b2c3d.tmp"), Path.of(".sets/x"));
        Path halfWritten = Files.createDirectories(dir.resolve(".sets/1800000000000-" + gone + "-0a1b2c3d"));
        Files.writeString(halfWritten.resolve(TraceabilityReports.MATRIX_JSON), "{\"half");
        assertThat(ReportSets.leftovers(dir)).hasSize(3);

        TraceabilityReports.writeAll(run(2), dir, Path.of(""), gate(2));

        assertThat(ReportSets.leftovers(dir)).isEmpty();
        assertThat(ReportSets.visibleRun(dir)).isEqualTo("2");
    }

    @Test
    @Covers("007-FR-002")
    void theMergeReadsTheMatrixAndTheTestReportOfOneSetWhileSetsAreSwitched() throws Exception {
        TraceabilityReports.writeAll(run(0), dir);
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int n = 1; !stop.get(); n++) {
                TraceabilityReports.writeAll(run(n), dir);
            }
        });
        writer.start();
        List<String> mixed = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                MergeInput input = MergeInputReader.read(dir.resolve(TraceabilityReports.MATRIX_JSON));
                long n = input.generatedAt().getEpochSecond() - 1_800_000_000L;
                String message = input.results().get(0).message();
                if (!("message of run-" + n + "-").equals(message)) {
                    mixed.add("matrix of run " + n + " with message " + message);
                }
            }
        }
        finally {
            stop.set(true);
            writer.join();
        }

        assertThat(mixed).isEmpty();
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
