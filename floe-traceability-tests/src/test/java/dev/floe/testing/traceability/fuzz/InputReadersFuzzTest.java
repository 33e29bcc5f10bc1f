package dev.floe.testing.traceability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.ExclusionsException;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.gate.internal.Baseline;
import dev.floe.testing.traceability.lock.internal.LinkLock;
import dev.floe.testing.traceability.merge.internal.MergeInput;
import dev.floe.testing.traceability.merge.MergeInputException;
import dev.floe.testing.traceability.merge.internal.MergeInputReader;
import dev.floe.testing.traceability.testing.BoundedRun;
import dev.floe.testing.traceability.testing.TempTree;

/**
 * No file makes the readers of merge inputs, exclusions, baselines and link locks hang or throw anything but
 * their own exception naming the file. The input is the file's bytes.
 *
 * <p>Without {@code JAZZER_FUZZ=1} (as in CI) Jazzer runs the seeds in
 * {@code src/test/resources/.../InputReadersFuzzTestInputs/<method>/} and the empty input; with it, it fuzzes
 * each method for {@code maxDuration}. Each input is bounded by {@link #PER_INPUT_SECONDS} in both modes.
 */
class InputReadersFuzzTest {

    private static final Path ROOT = TempTree.create("floe-reader-fuzz");
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
        readsOrNamesTheFile(input, "specs/traceability-exclusions.json", ExclusionsException.class, file -> {
            for (Exclusion exclusion : ExclusionsFile.read(file)) {
                assertThat(exclusion.id()).isNotBlank();
                assertThat(exclusion.expires()).isNotNull();
            }
        });
    }

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyBaseline(byte[] input) throws Throwable {
        readsOrNamesTheFile(input, "baseline/traceability-matrix.json", MergeInputException.class,
                file -> assertThat(Baseline.read(file)).isNotNull());
    }

    @FuzzTest(maxDuration = "30s")
    @Covers("007-FR-009")
    void readsAnyLinkLock(byte[] input) throws Throwable {
        readsOrNamesTheFile(input, "specs/traceability.lock.json", MergeInputException.class,
                file -> assertThat(LinkLock.read(file)).isNotNull());
    }

    /** {@code read} returns, or throws {@code expected} naming the file, within the bound. */
    private static void readsOrNamesTheFile(byte[] input, String relative, Class<? extends RuntimeException> expected,
            Consumer<Path> read) throws Throwable {
        Path file = write(relative, input);
        WORKER.run(input, () -> {
            try {
                read.accept(file);
            }
            catch (RuntimeException e) {
                if (!expected.isInstance(e)) {
                    throw e;
                }
                assertThat(e.getMessage()).contains(relative);
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

    @AfterAll
    static void cleanUp() throws IOException {
        WORKER.close();
        TempTree.delete(ROOT);
    }
}
