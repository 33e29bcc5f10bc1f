package dev.floe.testing.traceability.merge.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import dev.floe.testing.traceability.result.TestResult;

/**
 * The results of one input of a merge: one module's matrix, one shard's, or one result fragment.
 *
 * @param source         the file the input was read from, as given (named in messages and reports)
 * @param generatedAt    when the input was written, or {@code null} when it does not say
 * @param partialReasons why the input's run was partial (empty for a full run)
 * @param classDirs      test class folders that belong to the input (for static discovery), absolute
 * @param results        its test results
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public record MergeInput(String source, Instant generatedAt, List<String> partialReasons, List<String> classDirs,
        List<TestResult> results) {

    /** Copies the lists and checks that the source is named. */
    public MergeInput {
        Objects.requireNonNull(source, "source");
        partialReasons = List.copyOf(partialReasons);
        classDirs = List.copyOf(classDirs);
        results = List.copyOf(results);
    }
}
