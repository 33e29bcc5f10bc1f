package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** A build root handed to the spec parser that is not a folder. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldBeBuildRootFolder {

    private ShouldBeBuildRootFolder() {
    }

    /** The message for {@code root}, which is not a folder. */
    public static String shouldBeBuildRootFolder(Path root, String rootKey) {
        return FailureMessage.summary("Build root " + root + " is not a folder.")
                .expected("an existing folder that holds the specs")
                .found(java.nio.file.Files.exists(root) ? "a file" : "nothing at that path")
                .where(root.toString())
                .fix("set " + rootKey + " to the folder that holds the specs")
                .toString();
    }
}
