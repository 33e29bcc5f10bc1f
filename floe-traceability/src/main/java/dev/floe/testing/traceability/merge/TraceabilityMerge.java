package dev.floe.testing.traceability.merge;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.merge.internal.MatrixMerge;
import dev.floe.testing.traceability.merge.internal.MergeInputs;
import dev.floe.testing.traceability.result.TestResult;

/**
 * Combines the results of several modules, Surefire forks or CI shards into one {@link TraceabilityMatrix},
 * built by the same rules a single run uses.
 *
 * <p>Rules, the same in any order of inputs: the same test id in several inputs is one test; its outcome
 * is the worst one recorded (a test that failed anywhere counts as failed; errored before failed before not
 * run before aborted before skipped before passed); its covered ids are united. A partial input makes the
 * merged matrix partial. The matrix is stamped with the newest input's time (or the given one), so the same
 * inputs give the same bytes.
 *
 * <pre>{@code
 * TraceabilityMatrix merged = TraceabilityMerge.of(specs)
 *         .withInputsFrom(List.of(Path.of(".")))
 *         .withExclusionsFile(Path.of("specs/traceability-exclusions.json"))
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class TraceabilityMerge {

    private final MatrixMerge merge;

    private TraceabilityMerge(SpecSet specs) {
        this.merge = MatrixMerge.of(specs);
    }

    /** A merge against {@code specs}. */
    public static TraceabilityMerge of(SpecSet specs) {
        return new TraceabilityMerge(specs);
    }

    /**
     * Adds the matrices and result fragments found under {@code paths} (each a file, or a folder searched for
     * {@code traceability-matrix.json} and fragments; partial runs and merged output folders are skipped), read now.
     *
     * @throws MergeInputException when a path does not exist or a file cannot be read, naming it
     */
    public TraceabilityMerge withInputsFrom(Collection<Path> paths) {
        Preconditions.notNull(paths, "paths");
        merge.withInputs(MergeInputs.readAll(MergeInputs.find(paths)));
        return this;
    }

    /** Adds results that come from no input file, e.g. tests found by static discovery that did not run. */
    public TraceabilityMerge withResults(Collection<TestResult> more) {
        merge.withResults(more);
        return this;
    }

    /**
     * Adds the exclusions of {@code file} (the JSON format of {@code specs/traceability-exclusions.json}), read now;
     * a missing file adds none.
     *
     * @throws dev.floe.testing.traceability.exclusion.ExclusionsException when the file cannot be read or is not
     *         valid, naming the file and the JSON path
     */
    public TraceabilityMerge withExclusionsFile(Path file) {
        Preconditions.notNull(file, "file");
        return withExclusions(ExclusionsFile.read(file));
    }

    /** Adds exclusions. */
    public TraceabilityMerge withExclusions(Collection<Exclusion> more) {
        merge.withExclusions(more);
        return this;
    }

    /** Adds problems to report in the matrix, e.g. inputs that were left out because they could not be read. */
    public TraceabilityMerge withProblems(Collection<String> more) {
        merge.withProblems(more);
        return this;
    }

    /** The feature spec-local ids resolve against first; {@code null} for none. */
    public TraceabilityMerge withDefaultFeature(String featureId) {
        merge.withDefaultFeature(featureId);
        return this;
    }

    /**
     * The build root of the merge (where the specs are): the results of a module that was its own build root
     * ({@code src/test/java/...}) get that module's folder in front of their paths and test ids
     * ({@code core-example/src/test/java/...}), so suggested test locations name the module. Without it,
     * paths stay as the inputs wrote them.
     */
    public TraceabilityMerge withBuildRoot(Path root) {
        merge.withBuildRoot(root);
        return this;
    }

    /** The time to stamp the matrix with instead of the newest input's. */
    public TraceabilityMerge withGeneratedAt(Instant value) {
        merge.withGeneratedAt(value);
        return this;
    }

    /** All results of the inputs and the added ones, in a fixed order. */
    public List<TestResult> results() {
        return merge.results();
    }

    /** Builds the merged matrix. */
    public TraceabilityMatrix build() {
        return merge.build();
    }
}
