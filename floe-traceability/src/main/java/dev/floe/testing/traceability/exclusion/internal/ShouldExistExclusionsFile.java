package dev.floe.testing.traceability.exclusion.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** An exclusions file that the configuration names but that does not exist. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldExistExclusionsFile {

    private ShouldExistExclusionsFile() {
    }

    /**
     * The message for {@code file}, named by {@code configuredBy} (the key and where it was set), which does not exist.
     */
    public static String shouldExistExclusionsFile(Path file, String configuredBy) {
        Path absolute = file.toAbsolutePath().normalize();
        return FailureMessage.summary("Exclusions file " + absolute + " does not exist.")
                .expected("a JSON file such as {\"exclusions\": [{\"id\": \"006-FR-004\", \"reason\": \"...\","
                        + " \"owner\": \"...\", \"expires\": \"2027-03-31\"}]}")
                .found("no file at " + absolute)
                .where(configuredBy)
                .fix("correct the path, create the file, or remove the setting to run without exclusions")
                .toString();
    }
}
