package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.List;

import dev.floe.testing.common.internal.FailureMessage;
import org.apiguardian.api.API;

/** No spec file matches the spec patterns under the build root. */
@API(status = INTERNAL, since = "0.1.0")
public final class ShouldFindSpecs {

    private ShouldFindSpecs() {
    }

    /** The message for a search of {@code globs} under {@code root} that found no file. */
    public static String shouldFindSpecs(List<String> globs, Path root, String specsKey, String rootKey) {
        return FailureMessage.summary("No spec found: looked for " + String.join(", ", globs) + " under " + root + ".")
                .expected("at least one spec file matching " + String.join(", ", globs))
                .found("no matching file")
                .where(root.toString())
                .fix("write specs as specs/NNN-name/spec.md, or set " + specsKey + " (the patterns) or " + rootKey
                        + " (the root)")
                .toString();
    }
}
