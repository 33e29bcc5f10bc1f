package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** No build root: no folder from the working directory up holds the specs' folder. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldFindBuildRoot {

    private ShouldFindBuildRoot() {
    }

    /** The message for a search from {@code start} up for one of {@code folders}, the fixed part of {@code globs}. */
    public static String shouldFindBuildRoot(Path start, List<String> folders, List<String> globs, String rootKey) {
        return FailureMessage.summary("No build root found: neither " + start + " nor any folder above it contains "
                        + String.join(" or ", folders) + "/.")
                .expected("a folder that contains " + String.join(" or ", folders) + "/ (spec patterns " + globs + ")")
                .found("no such folder from " + start + " up to the file system root")
                .where(start + " and the folders above it")
                .fix("run from inside the project, or set " + rootKey + " to the folder that holds the specs")
                .toString();
    }
}
