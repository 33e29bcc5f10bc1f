package dev.floe.testing.traceability.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ConfigValue;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.common.internal.ShouldHaveValidValue;
import dev.floe.testing.traceability.spec.SpecParseException;
import dev.floe.testing.traceability.spec.SpecParser;

/** Applies {@link SpecParser#SPECS_KEY} and {@link SpecParser#ROOT_KEY} from a {@link FloeConfiguration}. */
@API(status = INTERNAL, since = "0.1.0")
public final class SpecSettings {

    private SpecSettings() {
    }

    /**
     * A parser configured from {@code configuration}.
     *
     * @throws SpecParseException naming key, source and value when a value is invalid
     */
    public static SpecParser configure(FloeConfiguration configuration) {
        SpecParser parser = SpecParser.create();
        Optional<ConfigValue> specs = configuration.lookup(SpecParser.SPECS_KEY);
        if (specs.isPresent()) {
            for (String glob : specs.get().value().split(",")) {
                SpecFiles.checkGlob(glob, specs.get().source());
            }
            parser = parser.withSpecs(specs.get().value());
        }
        Optional<ConfigValue> root = configuration.lookup(SpecParser.ROOT_KEY);
        if (root.isPresent()) {
            parser = parser.withRoot(existingFolder(root.get()));
        }
        return parser;
    }

    private static Path existingFolder(ConfigValue value) {
        try {
            Path path = Path.of(value.value()).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                return path;
            }
            throw new SpecParseException(ShouldHaveValidValue.shouldHaveValidValue(value,
                    "the build root: an existing folder that holds specs/", "not a folder",
                    "set " + value.key() + " to the folder that holds specs/"));
        }
        catch (InvalidPathException e) {
            // not chained: the cause's message repeats the value verbatim
            throw new SpecParseException(ShouldHaveValidValue.shouldHaveValidValue(value,
                    "the build root: an existing folder that holds specs/", "not a path",
                    "set " + value.key() + " to the folder that holds specs/"));
        }
    }
}
