package dev.floe.testing.junit.traceability.internal;

import java.nio.file.Path;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParseException;
import dev.floe.testing.traceability.spec.SpecParser;
import dev.floe.testing.traceability.spec.internal.SpecSettings;

/** The default {@link SpecSource}: the spec parser, configured by {@code floe.traceability.specs} and {@code .root}. */
final class SpecSources {

    private SpecSources() {
    }

    static SpecSource parser() {
        return new SpecSource() {
            @Override
            public Path buildRoot(FloeConfiguration configuration, Path workingDir) {
                try {
                    return SpecSettings.configure(configuration).findBuildRoot(workingDir);
                }
                catch (SpecParseException e) {
                    return workingDir; // load() reports where it looked
                }
            }

            @Override
            public SpecSet load(FloeConfiguration configuration, Path workingDir) {
                return SpecSources.load(configuration, workingDir);
            }
        };
    }

    /** The catalog for {@code workingDir}, or the parser's error (which says where it looked). */
    static SpecCatalog catalog(FloeConfiguration configuration, Path workingDir) {
        return SpecSettings.configure(configuration).parseFrom(workingDir);
    }

    private static SpecSet load(FloeConfiguration configuration, Path workingDir) {
        String searched = SpecParser.DEFAULT_SPECS + " in " + workingDir + " or a folder above it";
        try {
            SpecParser parser = SpecSettings.configure(configuration);
            Path root = parser.findBuildRoot(workingDir);
            searched = String.join(", ", parser.specGlobs()) + " under " + root;
            return SpecSet.of(parser.parse(root), searched);
        }
        catch (SpecParseException e) {
            return SpecSet.failed(searched, e.getMessage());
        }
    }
}
