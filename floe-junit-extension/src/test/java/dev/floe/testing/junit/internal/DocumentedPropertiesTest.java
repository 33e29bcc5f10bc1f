package dev.floe.testing.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.services.internal.ServicesProvisioner;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.junit.traceability.TraceabilityKeys;
import dev.floe.testing.junit.traceability.internal.PartialDetection;

/**
 * Every {@code properties} snippet of the project's docs works when copied into a module's
 * {@code junit-platform.properties}: it loads as written and the library accepts every value.
 */
class DocumentedPropertiesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern BLOCK = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

    private static List<String> snippets() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String> found = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = BLOCK.matcher(Files.readString(doc));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Loads the snippet as {@code junit-platform.properties} is loaded, and reads every key the way the library does. */
    private static void acceptAsJUnitConfiguration(String snippet) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(snippet));
        Map<String, String> parameters = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> parameters.put(k, properties.getProperty(k)));
        FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of(), parameters);
        try (ServicesProvisioner provisioner = ServicesProvisioner.create(config, () -> false)) {
            assertThat(provisioner.healthCheckRounds()).isZero();
        }
        config.getEnum(TraceabilityKeys.PARTIAL_DETECTION, PartialDetection.class, PartialDetection.AUTO);
    }

    @Test
    @Covers("003-FR-043")
    void everyPropertiesSnippetOfTheDocsIsAcceptedAsWritten() throws IOException {
        List<String> snippets = snippets();
        assertThat(snippets).as("properties snippets in README.md, CONTRIBUTING.md and docs/").isNotEmpty();
        for (String snippet : snippets) {
            acceptAsJUnitConfiguration(snippet);
        }
    }

    @Test
    @Covers("003-FR-043")
    void aTrailingCommentBecomesPartOfTheValueAndIsRefused() {
        assertThatThrownBy(() -> acceptAsJUnitConfiguration("floe.services.mode=external          # do not start Docker\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("floe.services.mode");
    }
}
