package dev.floe.testing.junit.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.common.internal.ConfigKeyRegistry;
import dev.floe.testing.common.internal.ConfigurationCheck;
import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;

/** The once-per-run check of floe's configuration, with every module's keys on the class path. */
class ConfigurationCheckTest {

    private static final ConfigKeyRegistry KEYS = ConfigKeyRegistry.load();

    /** The three misspellings of the issue, one per source. */
    private static FloeConfiguration misspelt(Map<String, String> junit) {
        return FloeConfiguration.of(Map.of("floe.services.postgress.port", "1"),
                Map.of("FLOE_SERVICES_POSTGRES_TIMOUT", "5s"), junit);
    }

    @Test
    @Covers("003-FR-024")
    void anUnknownKeyOfAnySourceIsWarnedAboutWithTheClosestKnownKey() {
        ConfigurationCheck.Result result = ConfigurationCheck.run(misspelt(Map.of("floe.servics.mode", "external")), KEYS);

        assertThat(result.failure()).isEmpty();
        assertThat(result.warnings()).containsExactly(
                "Unknown floe configuration key floe.services.postgress.port (system property floe.services.postgress.port):"
                        + " did you mean floe.services.postgres.port? It is ignored; floe.config.strict=true makes unknown"
                        + " keys fail.",
                "Unknown floe configuration key FLOE_SERVICES_POSTGRES_TIMOUT (environment variable"
                        + " FLOE_SERVICES_POSTGRES_TIMOUT): did you mean FLOE_SERVICES_POSTGRES_TIMEOUT"
                        + " (floe.services.postgres.timeout)? It is ignored; floe.config.strict=true makes unknown keys fail.",
                "Unknown floe configuration key floe.servics.mode (JUnit configuration parameter floe.servics.mode):"
                        + " did you mean floe.services.mode? It is ignored; floe.config.strict=true makes unknown keys fail.");
    }

    @Test
    @Covers("003-FR-024")
    void aKeyFarFromEveryKnownKeyIsNamedWithoutAGuessAndItsValueIsNeverShown() {
        ConfigurationCheck.Result result = ConfigurationCheck.run(FloeConfiguration.of(Map.of(),
                Map.of("FLOE_API_TOKEN", "hunter2-secret"), Map.of()), KEYS);

        assertThat(result.warnings()).containsExactly("Unknown floe configuration key FLOE_API_TOKEN (environment variable"
                + " FLOE_API_TOKEN): no known key is close to it. It is ignored; floe.config.strict=true makes unknown keys"
                + " fail.");
        assertThat(String.join("\n", result.warnings())).doesNotContain("hunter2");
    }

    @Test
    @Covers({"003-FR-024", "003-FR-025"})
    void theKeysOfJunitPlatformPropertiesOnTheClassPathAreListedByTheLibraryItself(@TempDir Path classes)
            throws IOException {
        Path file = Files.writeString(classes.resolve("junit-platform.properties"),
                "floe.servics.mode=external\nfloe.services.network=host\njunit.jupiter.execution.timeout.default=1m\n");
        URL url = file.toUri().toURL();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            // as an extension sees it: JUnit's parameters are not enumerable, the properties files are
            ConfigurationCheck.Result lenient = ConfigurationCheck.unknownKeys(FloeConfiguration.fromSystem(
                    key -> Optional.empty()), KEYS);
            assertThat(lenient.warnings()).contains("Unknown floe configuration key floe.servics.mode"
                    + " (junit-platform.properties (" + url + ")): did you mean floe.services.mode? It is ignored;"
                    + " floe.config.strict=true makes unknown keys fail.")
                    .noneMatch(w -> w.contains("floe.services.network") || w.contains("junit.jupiter"));

            // as the listener sees it at session start: strict comes from the same file
            Files.writeString(file, "floe.config.strict=true\n", java.nio.file.StandardOpenOption.APPEND);
            ConfigurationCheck.Result strict = ConfigurationCheck.unknownKeys(
                    FloeConfiguration.fromSystemAndPropertiesFile(), KEYS);
            assertThat(strict.failure()).get().extracting(Throwable::getMessage).asString().contains(
                    "and floe.config.strict=true makes unknown keys fail.\n",
                    "\n  found:    floe.servics.mode (junit-platform.properties (" + url + ")): did you mean"
                            + " floe.services.mode?\n",
                    "\n  where:    floe.config.strict=true (from JUnit configuration parameter floe.config.strict)");
        }
        finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    @Covers("003-FR-025")
    void underStrictAnUnknownKeyFailsNamingKeySourceAndSuggestion() {
        ConfigurationCheck.Result result = ConfigurationCheck.run(misspelt(Map.of("floe.servics.mode", "external",
                "floe.config.strict", "true")), KEYS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.failure()).get().extracting(Throwable::getMessage).isEqualTo(
                "3 unknown floe configuration keys, and floe.config.strict=true makes unknown keys fail.\n"
                        + "  expected: only keys floe-testing reads (README.md, Configuration keys)\n"
                        + "  found:    floe.services.postgress.port (system property floe.services.postgress.port): did you mean"
                        + " floe.services.postgres.port?\n"
                        + "            FLOE_SERVICES_POSTGRES_TIMOUT (environment variable FLOE_SERVICES_POSTGRES_TIMOUT): did you"
                        + " mean FLOE_SERVICES_POSTGRES_TIMEOUT (floe.services.postgres.timeout)?\n"
                        + "            floe.servics.mode (JUnit configuration parameter floe.servics.mode): did you mean"
                        + " floe.services.mode?\n"
                        + "  where:    floe.config.strict=true (from JUnit configuration parameter floe.config.strict)\n"
                        + "  fix:      correct or remove the key; the keys floe-testing reads are listed in README.md"
                        + " (Configuration keys)");
        assertThat(ConfigurationCheck.run(FloeConfiguration.of(Map.of(), Map.of(), Map.of("floe.config.strict", "yes")), KEYS)
                .failure()).get().extracting(Throwable::getMessage).isEqualTo("Invalid value 'yes' for floe.config.strict.\n"
                        + "  expected: true or false\n"
                        + "  found:    'yes'\n"
                        + "  where:    floe.config.strict (from JUnit configuration parameter floe.config.strict)\n"
                        + "  fix:      set floe.config.strict to true or false");
    }

    @Test
    @Covers("003-FR-026")
    void theRegistryKnowsEveryKeyOfTheModulesAndEveryVariableFloesOwnBuildSets() throws IOException {
        assertThat(KEYS.names()).contains("floe.config.strict", "floe.services.mode", "floe.services.compose.reuse",
                "floe.services.spark-iceberg.thrift-port", "floe.services.polaris.admin-port", "floe.services.cube.timeout",
                "floe.services.marquez.required", "floe.services.zipkin.url", "floe.observability.poll-interval.max",
                "floe.artifacts.variant", "floe.traceability.partial-detection", "floe.traceability.specs",
                "floe.traceability.github.step-summary", "floe.traceability.min-coverage");

        Path project = Path.of("..").toAbsolutePath().normalize();
        TreeSet<String> variables = new TreeSet<>();
        List<Path> files = new ArrayList<>(List.of(project.resolve("pom.xml"), project.resolve("examples/pom.xml")));
        for (String folder : List.of(".ci", ".github", "docker")) {
            try (Stream<Path> walk = Files.walk(project.resolve(folder))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        Matcher m = Pattern.compile("FLOE_[A-Z0-9_]+").matcher("");
        for (Path file : files) {
            m.reset(Files.readString(file));
            while (m.find()) {
                variables.add(m.group());
            }
        }
        assertThat(variables).as("the FLOE_ variables of the root pom, .ci/, .github/ and docker/")
                .contains("FLOE_SERVICES_SPARK_ICEBERG_THRIFT_PORT", "FLOE_BACKENDS_DIR", "FLOE_TRACEABILITY_GITHUB_ANNOTATIONS");
        assertThat(variables).allSatisfy(name -> assertThat(KEYS.isKnownEnvironmentVariable(name)).as(name).isTrue());

        List<String> exampleKeys = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(project.resolve("examples"))) {
            for (Path file : walk.filter(p -> p.endsWith("junit-platform.properties") && !p.toString().contains("target"))
                    .toList()) {
                Properties properties = new Properties();
                try (var in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                exampleKeys.addAll(properties.stringPropertyNames());
            }
        }
        assertThat(exampleKeys).isNotEmpty().allSatisfy(key -> assertThat(KEYS.isKnown(key)).as(key).isTrue());
    }

    @Test
    @Covers("003-FR-027")
    void everySetValueIsCheckedUpFrontWhateverTheMode() {
        ConfigurationCheck.Result result = ConfigurationCheck.run(FloeConfiguration.of(Map.of(), Map.of(), Map.of(
                "floe.services.mode", "external",
                "floe.services.compose.profile", "gigantic",
                "floe.services.compose.reuse", "perhaps",
                "floe.observability.timeout", "-1s",
                "floe.observability.poll-interval.first", "0ms",
                "floe.services.jaeger.url", "http://localhost",
                "floe.services.polaris.url", "http://catalog:s3cr3t@localhost:99999/api/catalog")), KEYS);

        assertThat(result.failure()).get().isInstanceOf(ConfigurationException.class);
        assertThat(result.failure().get().getMessage()).startsWith("6 configuration problems.\n").contains(
                "Invalid value 'gigantic' for floe.services.compose.profile.\n"
                        + "              expected: one of base, storage, compute, full\n",
                "Invalid value 'perhaps' for floe.services.compose.reuse.\n"
                        + "              expected: true or false\n",
                "Invalid value '-1s' for floe.observability.timeout.\n"
                        + "              expected: a positive duration like 30s or 500ms\n",
                "Invalid value '0ms' for floe.observability.poll-interval.first.\n",
                "Invalid value 'http://localhost' for floe.services.jaeger.url.\n",
                "found:    'http://localhost' (no port: it would silently mean 80)\n",
                "Invalid value 'http://***@localhost:99999/api/catalog' for floe.services.polaris.url.\n",
                "found:    'http://***@localhost:99999/api/catalog' (port 99999, outside 1-65535)\n",
                "fix:      use the port the service listens on, e.g. http://localhost:8181")
                .doesNotContain("s3cr3t");
        assertThat(ConfigurationCheck.run(FloeConfiguration.of(Map.of(), Map.of(), Map.of("floe.services.zipkin.url",
                "http://localhost:9411", "floe.services.compose.profile", "FULL")), KEYS).failure()).isEmpty();
    }
}
