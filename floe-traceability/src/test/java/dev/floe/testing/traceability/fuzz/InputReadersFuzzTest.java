package dev.floe.testing.traceability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.ExclusionsException;
import dev.floe.testing.traceability.exclusion.ExclusionsFile;
import dev.floe.testing.traceability.gate.Baseline;
import dev.floe.testing.traceability.lock.LinkLock;
import dev.floe.testing.traceability.merge.MergeInput;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.merge.MergeInputReader;
import dev.floe.testing.traceability.testing.BoundedRun;

/**
 * No file makes the readers of merge inputs, exclusions, baselines and link locks hang or throw anything but
 * their own exception naming the file. The input is the file's bytes.
 *
 * <p>Without {@code JAZZER_FUZZ=1} (as in CI) Jazzer runs the seeds in
 * {@code src/test/resources/.../InputReadersFuzzTestInputs/<method>/} and the empty input; with it, it fuzzes
 * each method for {@code maxDuration}. Each input is bounded by {@link #PER_INPUT_SECONDS} in both modes.
 */
class InputReadersFuzzTest {

    private static final Path ROOT = tempRoot();
    private static final long PER_INPUT_SECONDS = 10;
    private static final BoundedRun WORKER = new BoundedRun("reader-fuzz-worker", PER_INPUT_SECONDS);

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyMergeInput(byte[] input) throws Throwable {
        Path matrix = write("m/target/floe-traceability/traceability-matrix.json", input);
        // the same bytes as the test report beside it, which the reader reads along
        write("m/target/floe-traceability/test-report.json", input);
        WORKER.run(input, () -> {
            try {
                MergeInput read = MergeInputReader.read(matrix);
                assertThat(read.results()).allSatisfy(r -> assertThat(r.testId()).isNotNull());
            }
            catch (MergeInputException expected) {
                assertThat(expected.getMessage()).contains("/m/target/floe-traceability/");
            }
            return null;
        });
    }

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyExclusionsFile(byte[] input) throws Throwable {
        Path file = write("specs/traceability-exclusions.json", input);
        WORKER.run(input, () -> {
            try {
                for (Exclusion exclusion : ExclusionsFile.read(file)) {
                    assertThat(exclusion.id()).isNotBlank();
                    assertThat(exclusion.expires()).isNotNull();
                }
            }
            catch (ExclusionsException expected) {
                assertThat(expected.getMessage()).contains("traceability-exclusions.json");
            }
            return null;
        });
    }

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyBaseline(byte[] input) throws Throwable {
        Path file = write("baseline/traceability-matrix.json", input);
        WORKER.run(input, () -> {
            try {
                assertThat(Baseline.read(file)).isNotNull();
            }
            catch (MergeInputException expected) {
                assertThat(expected.getMessage()).contains("baseline/traceability-matrix.json");
            }
            return null;
        });
    }

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyLinkLock(byte[] input) throws Throwable {
        Path file = write("specs/traceability.lock.json", input);
        WORKER.run(input, () -> {
            try {
                assertThat(LinkLock.read(file)).isNotNull();
            }
            catch (MergeInputException expected) {
                assertThat(expected.getMessage()).contains("traceability.lock.json");
            }
            return null;
        });
    }

    private static Path write(String relative, byte[] bytes) throws IOException {
        Path file = ROOT.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static Path tempRoot() {
        try {
            return Files.createTempDirectory("floe-reader-fuzz");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        WORKER.close();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
