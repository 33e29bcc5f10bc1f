package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The one place that resolves {@code floe.*} configuration keys, in this order: JVM system
 * property {@code floe.x.y}, environment variable {@code FLOE_X_Y}, JUnit configuration parameter
 * (which covers {@code junit-platform.properties}), then the caller's default.
 *
 * <p>Nothing else in floe-testing reads system properties or the environment for configuration.
 * Ill-formed values fail at once with a {@link ConfigurationException} naming the key, its source,
 * the value and the accepted form.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FloeConfiguration {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Function<String, Optional<String>> junitParameters;
    private final Supplier<List<Setting>> settings;

    private FloeConfiguration(Function<String, String> systemProperties, Function<String, String> environment,
            Function<String, Optional<String>> junitParameters, Supplier<List<Setting>> settings) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.junitParameters = junitParameters;
        this.settings = settings;
    }

    /**
     * One {@code floe.*} system property, {@code FLOE_*} environment variable or {@code floe.*} key of
     * {@code junit-platform.properties} as it is written, whether floe-testing knows it or not.
     *
     * @param name                the name as written: {@code floe.services.mode} or {@code FLOE_SERVICES_MODE}
     * @param source              where it is set, e.g. {@code system property floe.services.mode}
     * @param environmentVariable whether {@code name} is an environment variable's name
     */
    public record Setting(String name, String source, boolean environmentVariable) {
    }

    /** Configuration from this JVM's system properties and environment, without a JUnit layer. */
    public static FloeConfiguration fromSystem() {
        return fromSystem(key -> Optional.empty());
    }

    /**
     * Configuration from this JVM's system properties and environment, falling back to the given
     * JUnit configuration parameters (e.g. {@code ExtensionContext::getConfigurationParameter}).
     */
    public static FloeConfiguration fromSystem(Function<String, Optional<String>> junitParameters) {
        return new FloeConfiguration(System::getProperty, System::getenv,
                Preconditions.notNull(junitParameters, "junitParameters"), FloeConfiguration::systemSettings);
    }

    /**
     * Configuration from this JVM's system properties and environment, falling back to the first
     * {@code junit-platform.properties} on the context class loader (the one JUnit reads): for code that runs
     * before JUnit hands out its configuration parameters, such as a launcher session listener.
     */
    public static FloeConfiguration fromSystemAndPropertiesFile() {
        Properties properties = new Properties();
        URL url = contextClassLoader().getResource("junit-platform.properties");
        if (url != null) {
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
            catch (IOException e) {
                throw new UncheckedIOException(ShouldBeReadable.shouldBeReadable("junit-platform.properties", url.toString(), e,
                        "make the file readable, or fix its contents (Java properties syntax)"), e);
            }
        }
        return fromSystem(key -> Optional.ofNullable(properties.getProperty(key)));
    }

    /** Configuration from explicit maps, for tests and tools. */
    public static FloeConfiguration of(Map<String, String> systemProperties, Map<String, String> environment,
            Map<String, String> junitParameters) {
        Map<String, String> sys = Map.copyOf(systemProperties);
        Map<String, String> env = Map.copyOf(environment);
        Map<String, String> junit = Map.copyOf(junitParameters);
        return new FloeConfiguration(sys::get, env::get, key -> Optional.ofNullable(junit.get(key)), () -> {
            List<Setting> listed = new ArrayList<>();
            sys.keySet().stream().filter(k -> k.startsWith("floe.")).sorted()
                    .forEach(k -> listed.add(new Setting(k, "system property " + k, false)));
            env.keySet().stream().filter(k -> k.startsWith("FLOE_")).sorted()
                    .forEach(k -> listed.add(new Setting(k, "environment variable " + k, true)));
            junit.keySet().stream().filter(k -> k.startsWith("floe.")).sorted()
                    .forEach(k -> listed.add(new Setting(k, "JUnit configuration parameter " + k, false)));
            return listed;
        });
    }

    /**
     * Every {@code floe.*} system property, {@code FLOE_*} environment variable and {@code floe.*} key of the
     * {@code junit-platform.properties} files on the context class loader (for {@link #fromSystem}), or of the
     * maps (for {@link #of}): what {@link ConfigurationCheck} compares with the known keys.
     */
    public List<Setting> settings() {
        return settings.get();
    }

    private static ClassLoader contextClassLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : FloeConfiguration.class.getClassLoader();
    }

    private static List<Setting> systemSettings() {
        List<Setting> listed = new ArrayList<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("floe.")).sorted()
                .forEach(k -> listed.add(new Setting(k, "system property " + k, false)));
        System.getenv().keySet().stream().filter(k -> k.startsWith("FLOE_")).sorted()
                .forEach(k -> listed.add(new Setting(k, "environment variable " + k, true)));
        try {
            for (URL url : Collections.list(contextClassLoader().getResources("junit-platform.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                properties.stringPropertyNames().stream().filter(k -> k.startsWith("floe.")).sorted()
                        .forEach(k -> listed.add(new Setting(k, "junit-platform.properties (" + url + ")", false)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(ShouldBeReadable.shouldBeReadable("junit-platform.properties",
                    "the class path of " + contextClassLoader(), e,
                    "make every junit-platform.properties on the class path readable"), e);
        }
        return listed;
    }

    /** The environment variable that stands for {@code key}: {@code floe.services.postgres.host} → {@code FLOE_SERVICES_POSTGRES_HOST}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value of {@code key} and where it came from, if any layer sets it to a non-blank value. */
    public Optional<ConfigValue> lookup(String key) {
        Preconditions.notBlank(key, "key");
        String value = systemProperties.apply(key);
        if (hasText(value)) {
            return Optional.of(new ConfigValue(key, value.trim(), "system property " + key));
        }
        String envName = environmentName(key);
        value = environment.apply(envName);
        if (hasText(value)) {
            return Optional.of(new ConfigValue(key, value.trim(), "environment variable " + envName));
        }
        Optional<String> junit = junitParameters.apply(key);
        if (junit.isPresent() && hasText(junit.get())) {
            return Optional.of(new ConfigValue(key, junit.get().trim(), "JUnit configuration parameter " + key));
        }
        return Optional.empty();
    }

    /**
     * The non-blank value of the environment variable {@code name} itself (not a {@code floe.*} key),
     * from the same environment layer as {@link #lookup(String)}: for facts of the environment such as
     * {@code DOCKER_CONTAINER}, so they can be given in tests like any key.
     */
    public Optional<String> environmentVariable(String name) {
        Preconditions.notBlank(name, "name");
        return Optional.ofNullable(environment.apply(name)).filter(FloeConfiguration::hasText).map(String::trim);
    }

    /** Whether any layer sets {@code key}. */
    public boolean isSet(String key) {
        return lookup(key).isPresent();
    }

    /** The string value of {@code key}, if set. */
    public Optional<String> getString(String key) {
        return lookup(key).map(ConfigValue::value);
    }

    /** The string value of {@code key}, or {@code defaultValue}. */
    public String getString(String key, String defaultValue) {
        return getString(key).orElse(defaultValue);
    }

    /** A boolean ({@code true} or {@code false}, any case), or {@code defaultValue}. */
    public boolean getBoolean(String key, boolean defaultValue) {
        return lookup(key).map(v -> {
            String s = v.value().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.parseBoolean(s);
            }
            throw invalid(v, "expected true or false");
        }).orElse(defaultValue);
    }

    /** An integer within {@code [min, max]}, or {@code defaultValue}. */
    public int getInt(String key, int defaultValue, int min, int max) {
        return lookup(key).map(v -> {
            try {
                int parsed = Integer.parseInt(v.value());
                if (parsed < min || parsed > max) {
                    throw invalid(v, "expected a whole number from " + min + " to " + max);
                }
                return parsed;
            }
            catch (NumberFormatException e) {
                throw invalid(v, "expected a whole number from " + min + " to " + max);
            }
        }).orElse(defaultValue);
    }

    /** A positive duration such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO {@code PT30S}. */
    public Duration getDuration(String key, Duration defaultValue) {
        return lookup(key).map(FloeConfiguration::parseDuration).orElse(defaultValue);
    }

    /** An enum constant, matched case-insensitively by name, or {@code defaultValue}. */
    public <E extends Enum<E>> E getEnum(String key, Class<E> type, E defaultValue) {
        return lookup(key).map(v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(v.value())) {
                    return constant;
                }
            }
            String accepted = Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw invalid(v, "expected one of " + accepted);
        }).orElse(defaultValue);
    }

    /** Parses a duration value, failing with a message that names the key and source. */
    public static Duration parseDuration(ConfigValue value) {
        String s = value.value().trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(s);
        Duration parsed = null;
        if (m.matches()) {
            try {
                long amount = Long.parseLong(m.group(1));
                parsed = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
            catch (ArithmeticException | NumberFormatException tooLarge) {
                parsed = null; // more digits than a long holds, or more hours than a Duration: the message below
            }
        }
        else if (s.startsWith("pt")) {
            try {
                parsed = Duration.parse(value.value().trim());
            }
            catch (RuntimeException ignored) {
                parsed = null;
            }
        }
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw invalid(value, "expected a positive duration like 30s or 500ms");
        }
        return parsed;
    }

    /**
     * Parses a URL value that must name scheme, host and port, e.g. {@code http://localhost:16686}: a URL without a
     * port would quietly mean 80 or 443, and a port outside 1-65535 can never answer. Fails naming the key and
     * source, with the value masked as {@link #invalid} masks it.
     *
     * @param example a URL of the expected form for this key, shown in the message
     */
    public static URI parseUrl(ConfigValue value, String example) {
        String expected = "a URL with scheme, host and port like " + example;
        URI uri;
        try {
            uri = new URI(value.value());
        }
        catch (java.net.URISyntaxException e) {
            throw invalid(value, expected, "not a URL", "write it as " + example);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw invalid(value, expected, uri.getScheme() == null ? "no scheme" : "no host", "write it as " + example);
        }
        if (uri.getPort() == -1) {
            throw invalid(value, expected, "no port: it would silently mean "
                    + ("https".equalsIgnoreCase(uri.getScheme()) ? "443" : "80"), "add the port, e.g. " + example);
        }
        if (uri.getPort() < 1 || uri.getPort() > 65_535) {
            throw invalid(value, expected, "port " + uri.getPort() + ", outside 1-65535",
                    "use the port the service listens on, e.g. " + example);
        }
        return uri;
    }

    /**
     * An exception for an ill-formed value, in the form of {@link ShouldHaveValidValue}: the key and its source are
     * the where, the value (masked as {@link SecretText#shownValue} masks it) the found, {@code expected} (with or
     * without a leading "expected ") the expected, and the fix is to set the key to such a value.
     */
    public static ConfigurationException invalid(ConfigValue value, String expected) {
        String form = expected.startsWith("expected ") ? expected.substring("expected ".length()) : expected;
        return invalid(value, form, null, "set " + value.key() + " to " + form);
    }

    /** As {@link #invalid(ConfigValue, String)}, with a {@code note} on the found value and a specific {@code fix}. */
    public static ConfigurationException invalid(ConfigValue value, String expected, String note, String fix) {
        return new ConfigurationException(ShouldHaveValidValue.shouldHaveValidValue(value, expected, note, fix));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
