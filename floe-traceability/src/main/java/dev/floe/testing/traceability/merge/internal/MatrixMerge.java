package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.Preconditions;
import dev.floe.testing.traceability.exclusion.Exclusion;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.merge.TraceabilityMerge;
import dev.floe.testing.traceability.result.TestResult;

/**
 * The merge behind {@link TraceabilityMerge}, with its rules, for inputs already read: the command line's way, which
 * reads the inputs itself (tolerantly, or to find their class folders) and so holds {@link MergeInput}s.
 *
 * <pre>{@code
 * TraceabilityMatrix merged = MatrixMerge.of(specs).withInputs(MergeInputs.readAll(files)).withBuildRoot(root).build();
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MatrixMerge {

    private final SpecSet specs;
    private final List<MergeInput> inputs = new ArrayList<>();
    private final List<TestResult> extra = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String defaultFeature;
    private Instant stamp;
    private Path buildRoot;

    private MatrixMerge(SpecSet specs) {
        this.specs = Preconditions.notNull(specs, "specs");
    }

    /** A merge against {@code specs}. */
    public static MatrixMerge of(SpecSet specs) {
        return new MatrixMerge(specs);
    }

    /** Adds inputs already read. */
    public MatrixMerge withInputs(Collection<MergeInput> more) {
        inputs.addAll(more);
        return this;
    }

    /** Adds results that come from no input file, e.g. tests found by static discovery that did not run. */
    public MatrixMerge withResults(Collection<TestResult> more) {
        extra.addAll(more);
        return this;
    }

    /** Adds exclusions. */
    public MatrixMerge withExclusions(Collection<Exclusion> more) {
        exclusions.addAll(more);
        return this;
    }

    /** Adds problems to report in the matrix, e.g. inputs that were left out because they could not be read. */
    public MatrixMerge withProblems(Collection<String> more) {
        problems.addAll(more);
        return this;
    }

    /** The feature spec-local ids resolve against first; {@code null} for none. */
    public MatrixMerge withDefaultFeature(String featureId) {
        this.defaultFeature = featureId;
        return this;
    }

    /**
     * The build root of the merge (where the specs are): the results of a module that was its own build root
     * ({@code src/test/java/...}) get that module's folder in front of their paths and test ids
     * ({@code core-example/src/test/java/...}), so suggested test locations name the module. Without it,
     * paths stay as the inputs wrote them.
     */
    public MatrixMerge withBuildRoot(Path root) {
        this.buildRoot = root;
        return this;
    }

    /** The time to stamp the matrix with instead of the newest input's. */
    public MatrixMerge withGeneratedAt(Instant value) {
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
