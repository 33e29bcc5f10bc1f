package dev.floe.testing.traceability.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small Markdown specs into a temporary build root. */
final class SpecFixtures {

    private SpecFixtures() {
    }

    static Path write(Path root, String relativePath, String markdown) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code markdown} as the only spec, {@code specs/001-demo/spec.md}, of a fresh build root. */
    static SpecCatalog parseOne(Path root, String markdown) {
        write(root, "specs/001-demo/spec.md", markdown);
        return SpecParser.create().parse(root);
    }

    /** The reference data beside the project, from the system property Surefire sets. */
    static Path referenceDir() {
        String dir = System.getProperty("floe-testing.reference.dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("System property floe-testing.reference.dir is not set: run the tests through"
                    + " Maven (the root pom sets it to ../shared/reference) or pass -Dfloe-testing.reference.dir=...");
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path.resolve("specs"))) {
            throw new IllegalStateException("floe-testing.reference.dir=" + dir + " holds no specs/ folder");
        }
        return path;
    }
}
