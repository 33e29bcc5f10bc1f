package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One configuration key that floe-testing reads, with the check of its value: the registry of known keys
 * ({@link ConfigKeyRegistry}) is built from these, and {@link ConfigurationCheck} runs every check once per
 * run, before anything talks to a service.
 *
 * @param name  the dotted key, e.g. {@code floe.services.postgres.port}
 * @param check fails with a {@link ConfigurationException} when the key's value (if set) cannot be used
 */
@API(status = INTERNAL, since = "0.1.0")
public record ConfigKey(String name, Consumer<FloeConfiguration> check) {

    /** Checks the name: a non-blank {@code floe.*} key. */
    public ConfigKey {
        Preconditions.notBlank(name, "name");
        Preconditions.condition(name.startsWith("floe."), "name", "a key that starts with 'floe.'", name);
        Preconditions.notNull(check, "check");
    }

    /** A key whose value is free text (a name, a path, a credential). */
    public static ConfigKey text(String name) {
        return new ConfigKey(name, config -> { });
    }

    /** A key whose value is {@code true} or {@code false}. */
    public static ConfigKey bool(String name) {
        return new ConfigKey(name, config -> config.getBoolean(name, false));
    }

    /** A key whose value is a port, 1 to 65535. */
    public static ConfigKey port(String name) {
        return new ConfigKey(name, config -> config.getInt(name, 1, 1, 65_535));
    }

    /** A key whose value is a positive duration such as {@code 30s}. */
    public static ConfigKey duration(String name) {
        return new ConfigKey(name, config -> config.getDuration(name, Duration.ZERO));
    }

    /** A key whose value is one of {@code type}'s constants, any case. */
    public static <E extends Enum<E>> ConfigKey oneOf(String name, Class<E> type) {
        return new ConfigKey(name, config -> config.getEnum(name, type, null));
    }

    /**
     * A key whose value is a URL with scheme, host and port, e.g. {@code http://localhost:16686}: see
     * {@link FloeConfiguration#parseUrl(ConfigValue, String)}.
     *
     * @param example a URL of the expected form, shown in the message
     */
    public static ConfigKey url(String name, String example) {
        return new ConfigKey(name, config -> config.lookup(name).ifPresent(v -> FloeConfiguration.parseUrl(v, example)));
    }

    /**
     * The values of {@code type}'s public static final String constants that are {@code floe.*} keys, e.g. every
     * key of {@code ServiceKeys}: the registry reads the constant classes instead of repeating their strings.
     */
    public static List<String> constantsOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value != null && value.startsWith("floe.")) {
                        names.add(value);
                    }
                }
                catch (IllegalAccessException e) {
                    throw new IllegalStateException(ShouldBeReadableConstant.shouldBeReadableConstant(field, e), e);
                }
            }
        }
        return names;
    }
}
