package dev.floe.testing.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.floe.testing.junit.traceability.Covers;

/**
 * The extension is a consumer of floe-fixtures like any other: its main code names no type of a
 * floe-fixtures {@code internal} package, in an import or written out in full.
 */
class PublicFixturesOnlyTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java").toAbsolutePath();
    private static final Pattern FIXTURES_INTERNAL = Pattern.compile("dev\\.floe\\.testing\\.fixtures(?:\\.\\w+)*?\\.internal\\.\\w+");

    @Test
    @Covers("003-FR-053")
    void noMainSourceFileOfTheExtensionNamesAFixturesInternalType() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("main sources of floe-junit-extension under " + MAIN_SOURCES).hasSizeGreaterThan(10);
        List<String> found = new ArrayList<>();
        for (Path source : sources) {
            found.addAll(fixturesInternals(MAIN_SOURCES.relativize(source).toString(), Files.readString(source)));
        }
        assertThat(found).as("floe-fixtures internals named by floe-junit-extension's main code; use the public"
                + " fixtures types (FloeServices, DockerServices, ...) or add what is missing to them").isEmpty();
    }

    @Test
    @Covers("003-FR-053")
    void theCheckNamesTheFileAndTheTypeOfAnImportOrAFullyQualifiedName() {
        String source = """
                package dev.floe.testing.junit.internal.services;

                import dev.floe.testing.fixtures.services.DockerServices;
                import dev.floe.testing.fixtures.services.internal.ServicesProvisioner;
                import static dev.floe.testing.fixtures.observability.internal.BackendHttp.redact;

                class Sample {
                    dev.floe.testing.fixtures.artifacts.internal.Checks checks;
                }
                """;
        assertThat(fixturesInternals("services/Sample.java", source)).containsExactly(
                "services/Sample.java:4: dev.floe.testing.fixtures.services.internal.ServicesProvisioner",
                "services/Sample.java:5: dev.floe.testing.fixtures.observability.internal.BackendHttp",
                "services/Sample.java:8: dev.floe.testing.fixtures.artifacts.internal.Checks");
    }

    /** {@code file:line: type} for every floe-fixtures internal type {@code source} names. */
    private static List<String> fixturesInternals(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FIXTURES_INTERNAL.matcher(lines[i]);
            while (m.find()) {
                found.add(file + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }
}
