package dev.floe.testing.traceability.github.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apiguardian.api.API;


/**
 * Appends to the job summary file GitHub Actions names in {@code GITHUB_STEP_SUMMARY}. Other steps write to
 * the same file, so it is only ever appended to; a file that cannot be written costs a warning, never the run.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class StepSummaryFile {

    private static final System.Logger LOG = System.getLogger("dev.floe.testing.traceability");

    private StepSummaryFile() {
    }

    /** Appends {@code markdown} to {@code file}; {@code false}, with a warning logged, if it cannot. */
    public static boolean append(Path file, String markdown) {
        try {
            Files.writeString(file, markdown.endsWith("\n\n") ? markdown : markdown + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return true;
        }
        catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not append the traceability summary to the job summary "
                    + file + " (GITHUB_STEP_SUMMARY): " + e + "; the run goes on without it."
                    + " Set " + GitHubActions.STEP_SUMMARY_KEY + "=false to stop trying.");
            return false;
        }
    }
}
