package dev.floe.testing.junit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.floe.testing.common.internal.ConfigKey;
import dev.floe.testing.common.internal.ConfigKeyRegistry;
import dev.floe.testing.fixtures.services.ServiceKeys;
import dev.floe.testing.junit.ArtifactsKeys;
import dev.floe.testing.junit.ObservabilityKeys;
import dev.floe.testing.junit.traceability.Covers;

/**
 * README.md's configuration table and the public key classes say the same: every constant of {@link ServiceKeys},
 * {@link ObservabilityKeys} and {@link ArtifactsKeys} is in the table, and every key of its services, artifacts and
 * observability sections is such a constant, or is written as (or matches) one of the per-service patterns that
 * {@link ServiceKeys}'s methods build and is known to the key registry.
 */
class ReadmeKeysAgreeWithConstantsTest {

    private static final Path README = Path.of("..").toAbsolutePath().normalize().resolve("README.md");
    private static final List<Class<?>> KEY_CLASSES = List.of(ServiceKeys.class, ObservabilityKeys.class, ArtifactsKeys.class);
    private static final Set<String> SECTIONS = Set.of("services", "artifacts", "observability");
    private static final Pattern SECTION_ROW = Pattern.compile("^\\| \\*\\*(\\w+)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The keys of the README table's first column, by section; {@code / `.x`} after a key replaces its last part. */
    private static Map<String, List<String>> readmeKeys() throws IOException {
        Map<String, List<String>> bySection = new LinkedHashMap<>();
        String section = null;
        boolean inConfiguration = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("## ")) {
                inConfiguration = line.equals("## Configuration");
                continue;
            }
            if (!inConfiguration || !line.startsWith("| ")) {
                continue;
            }
            Matcher header = SECTION_ROW.matcher(line);
            if (header.find()) {
                section = header.group(1);
                continue;
            }
            if (section == null || !SECTIONS.contains(section)) {
                continue;
            }
            String firstCell = line.substring(2, line.indexOf(" |", 2));
            for (String group : firstCell.split(", ")) {
                String previous = null;
                for (String part : group.split(" / ")) {
                    Matcher code = CODE.matcher(part);
                    if (!code.find()) {
                        continue;
                    }
                    String written = code.group(1);
                    // `a.b.c` / `.d` is a.b.c and a.b.d; a `.x` anywhere else (in prose) is no key
                    String key = written.startsWith(".") && previous != null
                            ? previous.substring(0, previous.lastIndexOf('.')) + written
                            : written;
                    if (key.startsWith("floe.")) {
                        bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(key);
                        previous = key;
                    }
                }
            }
        }
        return bySection;
    }

    private static Set<String> constants() {
        Set<String> constants = new LinkedHashSet<>();
        KEY_CLASSES.forEach(type -> constants.addAll(ConfigKey.constantsOf(type)));
        return constants;
    }

    /** {@code floe.services.<name>.host} → a pattern that {@code floe.services.jaeger.host} matches. */
    private static Pattern asPattern(String written) {
        return Pattern.compile(Pattern.quote(written).replace("<name>", "\\E[a-z0-9-]+\\Q").replace("<port>", "\\E[a-z0-9-]+\\Q"));
    }

    /** The per-service patterns of {@link ServiceKeys}' public static methods, for a sample service and port name. */
    private static List<Pattern> servicePatterns() throws ReflectiveOperationException {
        List<Pattern> patterns = new ArrayList<>();
        for (Method method : ServiceKeys.class.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != String.class
                    || method.getDeclaringClass() != ServiceKeys.class) {
                continue;
            }
            Object[] sample = method.getParameterCount() == 1 ? new Object[] { "<name>" } : new Object[] { "<name>", "<port>" };
            String key = (String) method.invoke(null, sample);
            if (!key.endsWith(".<port>")) { // key(service, setting): any setting, says nothing
                patterns.add(asPattern(key));
            }
        }
        return patterns;
    }

    @Test
    @Covers("003-FR-050")
    void everyKeyConstantIsInTheReadmeTable() throws IOException {
        Set<String> documented = new LinkedHashSet<>();
        readmeKeys().values().forEach(documented::addAll);

        assertThat(constants()).as("constants of ServiceKeys, ObservabilityKeys and ArtifactsKeys missing from README.md's"
                + " configuration table").isNotEmpty().allSatisfy(key -> assertThat(documented).contains(key));
    }

    @Test
    @Covers("003-FR-050")
    void everyServicesArtifactsAndObservabilityKeyOfTheReadmeIsAConstantOrAKnownPatternKey() throws Exception {
        Map<String, List<String>> bySection = readmeKeys();
        assertThat(bySection.keySet()).as("sections of README.md's configuration table").containsExactlyInAnyOrderElementsOf(SECTIONS);
        Set<String> constants = constants();
        List<Pattern> patterns = servicePatterns();
        ConfigKeyRegistry registry = ConfigKeyRegistry.load();

        List<String> unexplained = new ArrayList<>();
        for (List<String> keys : bySection.values()) {
            for (String key : keys) {
                boolean constant = constants.contains(key);
                boolean patternRow = patterns.stream().anyMatch(p -> p.pattern().equals(asPattern(key).pattern()));
                boolean patternKey = patterns.stream().anyMatch(p -> p.matcher(key).matches()) && registry.isKnown(key);
                if (!constant && !patternRow && !patternKey) {
                    unexplained.add(key);
                }
            }
        }
        assertThat(unexplained).as("README.md keys that are neither a constant of ServiceKeys, ObservabilityKeys or"
                + " ArtifactsKeys nor a known per-service key").isEmpty();
    }

    @Test
    @Covers("003-FR-050")
    void theReadingOfTheTableFindsShorthandAndPatternRows() throws IOException {
        Map<String, List<String>> bySection = readmeKeys();

        assertThat(bySection.get("services")).contains("floe.services.postgres.password", "floe.services.<name>.port",
                "floe.services.<name>.<port>-port", "floe.services.polaris.client-secret");
        assertThat(bySection.get("observability")).contains("floe.observability.poll-interval.max", "floe.services.zipkin.url");
        assertThat(bySection.get("artifacts")).containsExactly("floe.artifacts.target", "floe.artifacts.variant");
    }
}
