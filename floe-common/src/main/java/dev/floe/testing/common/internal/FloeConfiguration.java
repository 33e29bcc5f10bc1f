package dev.floe.testing.common.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that resolves {@code floe.*} configuration keys, in this order: JVM system
 * property {@code floe.x.y}, environment variable {@code FLOE_X_Y}, JUnit configuration parameter
 * (which covers {@code junit-platform.properties}), then the caller's default.
 *
 * <p>Nothing else in floe-testing reads system properties or the environment for configuration.
 * Ill-formed values fail at once with a {@link ConfigurationException} naming the key, its source,
 * the value and the accepted form.
 */
public final class FloeConfiguration {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Function<String, Optional<String>> junitParameters;

    private FloeConfiguration(Function<String, String> systemProperties, Function<String, String> environment,
            Function<String, Optional<String>> junitParameters) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.junitParameters = junitParameters;
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
                Preconditions.notNull(junitParameters, "junitParameters"));
    }

    /** Configuration from explicit maps, for tests and tools. */
    public static FloeConfiguration of(Map<String, String> systemProperties, Map<String, String> environment,
            Map<String, String> junitParameters) {
        Map<String, String> sys = Map.copyOf(systemProperties);
        Map<String, String> env = Map.copyOf(environment);
        Map<String, String> junit = Map.copyOf(junitParameters);
        return new FloeConfiguration(sys::get, env::get, key -> Optional.ofNullable(junit.get(key)));
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
     * An exception for an ill-formed value: {@code Invalid value 'x' for key (from source): expected ...}. The
     * value is shown as {@link SecretText#shownValue} shows it: a secret key's value, user info and tokens masked.
     */
    public static ConfigurationException invalid(ConfigValue value, String expected) {
        return new ConfigurationException("Invalid value '" + SecretText.shownValue(value.key(), value.value())
                + "' for " + value.key()
                + " (from " + value.source() + "): " + expected + ".");
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
