package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.matrix.SpecSet;

/** Where the run finds its build root and specs; the default reads them with the spec parser. */
@API(status = INTERNAL, since = "0.1.0")
public interface SpecSource {

    /** The build root for {@code workingDir}: spec files and test paths are relative to it. */
    Path buildRoot(FloeConfiguration configuration, Path workingDir);

    /** The specs; never throws: a failure becomes {@link SpecSet#failed}, saying where it looked. */
    SpecSet load(FloeConfiguration configuration, Path workingDir);

    /** A source with a fixed root and spec set, for tests and tools. */
    static SpecSource fixed(Path root, SpecSet specs) {
        return new SpecSource() {
            @Override
            public Path buildRoot(FloeConfiguration configuration, Path workingDir) {
                return root;
            }

            @Override
            public SpecSet load(FloeConfiguration configuration, Path workingDir) {
                return specs;
            }
        };
    }
}
