package dev.floe.testing.traceability.merge;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.exclusion.internal.ExclusionsFile;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.merge.internal.MergeInput;
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

    private final SpecSet specs;
    private final List<MergeInput> inputs = new ArrayList<>();
    private final List<TestResult> extra = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String defaultFeature;
    private Instant stamp;
    private Path buildRoot;

    private TraceabilityMerge(SpecSet specs) {
        this.specs = Preconditions.notNull(specs, "specs");
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
        return withInputs(MergeInputs.readAll(MergeInputs.find(paths)));
    }

    /** Adds inputs already read; the command line's way, with internal types. */
    @API(status = INTERNAL, since = "0.1.0")
    public TraceabilityMerge withInputs(Collection<MergeInput> more) {
        inputs.addAll(more);
        return this;
    }

    /** Adds results that come from no input file, e.g. tests found by static discovery that did not run. */
    public TraceabilityMerge withResults(Collection<TestResult> more) {
        extra.addAll(more);
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
        exclusions.addAll(more);
        return this;
    }

    /** Adds problems to report in the matrix, e.g. inputs that were left out because they could not be read. */
    public TraceabilityMerge withProblems(Collection<String> more) {
        problems.addAll(more);
        return this;
    }

    /** The feature spec-local ids resolve against first; {@code null} for none. */
    public TraceabilityMerge withDefaultFeature(String featureId) {
        this.defaultFeature = featureId;
        return this;
    }

    /**
     * The build root of the merge (where the specs are): the results of a module that was its own build root
     * ({@code src/test/java/...}) get that module's folder in front of their paths and test ids
     * ({@code core-example/src/test/java/...}), so suggested test locations name the module. Without it,
     * paths stay as the inputs wrote them.
     */
    public TraceabilityMerge withBuildRoot(Path root) {
        this.buildRoot = root;
        return this;
    }

    /** The time to stamp the matrix with instead of the newest input's. */
    public TraceabilityMerge withGeneratedAt(Instant value) {
        this.stamp = value;
        return this;
    }

    /** All results of the inputs and the added ones, in a fixed order. */
    public List<TestResult> results() {
        List<TestResult> all = new ArrayList<>(extra);
        sortedInputs().forEach(input -> all.addAll(ModuleFolders.rebase(input, buildRoot)));
        return all;
    }

    /** Builds the merged matrix. */
    public TraceabilityMatrix build() {
        MatrixBuilder builder = MatrixBuilder.forSpecs(specs).withDefaultFeature(defaultFeature)
                .withExclusions(exclusions);
        Instant newest = null;
        for (MergeInput input : sortedInputs()) {
            builder.withResults(ModuleFolders.rebase(input, buildRoot));
            input.partialReasons().forEach(builder::withPartialRun);
            if (input.generatedAt() != null && (newest == null || input.generatedAt().isAfter(newest))) {
                newest = input.generatedAt();
            }
        }
        builder.withResults(extra);
        problems.forEach(builder::withProblem);
        Instant at = stamp != null ? stamp : newest != null ? newest : Instant.now();
        return builder.build(at);
    }

    private List<MergeInput> sortedInputs() {
        List<MergeInput> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(MergeInput::source));
        return sorted;
    }
}
