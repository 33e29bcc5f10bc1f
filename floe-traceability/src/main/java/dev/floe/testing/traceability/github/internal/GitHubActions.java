package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;

/**
 * What the merge step (the command line and the Maven plugin) adds when it runs on GitHub Actions: the summary
 * appended to the job summary, and error annotations on the spec lines of failing or uncovered P1 requirements.
 * Keys resolve as system property {@code floe.x.y} > environment variable {@code FLOE_X_Y} > default.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GitHubActions {

    /**
     * Whether the merge appends its summary (requirements that need attention first: failing, not run,
     * uncovered; then the gate's verdict) to the file named by {@code GITHUB_STEP_SUMMARY} when that variable
     * is set: {@code true} (default) or {@code false}. Value: {@value}.
     */
    public static final String STEP_SUMMARY_KEY = "floe.traceability.github.step-summary";

    /**
     * Whether the merge prints {@code ::error file=<spec>,line=<n>::} workflow commands for each failing or
     * uncovered P1 requirement when {@code GITHUB_ACTIONS=true}: {@code true} or {@code false} (default).
     * Value: {@value}.
     */
    public static final String ANNOTATIONS_KEY = "floe.traceability.github.annotations";

    private final FloeConfiguration configuration;

    private GitHubActions(FloeConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Reads the keys and GitHub's variables from {@code configuration}; ill-formed values fail naming the key. */
    public static GitHubActions from(FloeConfiguration configuration) {
        GitHubActions actions = new GitHubActions(configuration);
        actions.summaryEnabled();
        actions.annotationsEnabled();
        return actions;
    }

    /** The job summary file to append to, if {@code GITHUB_STEP_SUMMARY} is set and the key does not turn it off. */
    public Optional<Path> stepSummary() {
        return summaryEnabled() ? configuration.environmentVariable("GITHUB_STEP_SUMMARY").map(Path::of)
                : Optional.empty();
    }

    /** Whether to print annotations: on Actions ({@code GITHUB_ACTIONS=true}) and asked for by the key. */
    public boolean annotations() {
        return annotationsEnabled()
                && configuration.environmentVariable("GITHUB_ACTIONS").map("true"::equalsIgnoreCase).orElse(false);
    }

    /**
     * Appends the summary of {@code matrix} and {@code details} to the job summary and prints the annotations
     * to {@code out}, as far as the environment and the keys ask for them. Never throws for an unwritable file.
     */
    public void publish(TraceabilityMatrix matrix, String details, PrintStream out) {
        stepSummary().ifPresent(file -> StepSummaryFile.append(file, AttentionSummary.render(matrix, details)));
        if (annotations()) {
            ErrorAnnotations.of(matrix).forEach(out::println);
        }
    }

    private boolean summaryEnabled() {
        return configuration.getBoolean(STEP_SUMMARY_KEY, true);
    }

    private boolean annotationsEnabled() {
        return configuration.getBoolean(ANNOTATIONS_KEY, false);
    }
}
