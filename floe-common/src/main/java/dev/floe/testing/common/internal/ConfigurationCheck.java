package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The once-per-run check of floe's configuration, run before anything talks to a service: every
 * {@code floe.*} system property, {@code FLOE_*} environment variable and {@code floe.*} key of
 * {@code junit-platform.properties} that floe-testing does not read is named with the closest known key
 * (a warning, or a failure under {@value #STRICT_KEY}{@code =true}), and the value of every known key that is
 * set is checked.
 *
 * <pre>{@code
 * ConfigurationCheck.Result result = ConfigurationCheck.run(config, ConfigKeyRegistry.load());
 * result.logWarnings();
 * result.failure().ifPresent(e -> { throw e; });
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ConfigurationCheck {

    /** Whether an unknown key fails the run instead of being warned about: {@value}, default {@code false}. */
    public static final String STRICT_KEY = "floe.config.strict";

    private static final System.Logger LOG = System.getLogger("dev.floe.testing.config");

    /** The warnings this JVM logged already: the extensions and the listener check the same configuration. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private ConfigurationCheck() {
    }

    /**
     * What the check found.
     *
     * @param unknown  one line per unknown key: the key as written, its source, and the closest known key
     * @param warnings the warnings to log (unknown keys when not strict)
     * @param failure  the error that must fail the run (unknown keys under strict, values that cannot be used)
     */
    public record Result(List<String> unknown, List<String> warnings, Optional<ConfigurationException> failure) {

        /** Logs each warning once per JVM, at WARNING. */
        public void logWarnings() {
            warnings.stream().filter(LOGGED::add).forEach(w -> LOG.log(System.Logger.Level.WARNING, w));
        }

        /** Throws a fresh copy of the failure (each test gets its own), if there is one. */
        public void throwFailure() {
            if (failure.isPresent()) {
                throw new ConfigurationException(failure.get().getMessage(), failure.get());
            }
        }
    }

    /** Unknown keys and the values of every known key that is set. */
    public static Result run(FloeConfiguration config, ConfigKeyRegistry registry) {
        Result keys = unknownKeys(config, registry);
        List<ConfigurationException> invalid = new ArrayList<>();
        keys.failure().ifPresent(invalid::add);
        for (ConfigKey key : registry.keys()) {
            try {
                key.check().accept(config);
            }
            catch (ConfigurationException e) {
                invalid.add(e);
            }
        }
        return new Result(keys.unknown(), keys.warnings(), combine(invalid));
    }

    /** Unknown keys only, and {@value #STRICT_KEY} itself: what the traceability listener checks at session start. */
    public static Result unknownKeys(FloeConfiguration config, ConfigKeyRegistry registry) {
        boolean strict;
        try {
            strict = config.getBoolean(STRICT_KEY, false);
        }
        catch (ConfigurationException e) {
            return new Result(List.of(), List.of(), Optional.of(e));
        }
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (FloeConfiguration.Setting setting : config.settings()) {
            if (!seen.add(setting.name() + "\n" + setting.source())) {
                continue;
            }
            if (setting.environmentVariable() ? registry.isKnownEnvironmentVariable(setting.name())
                    : registry.isKnown(setting.name())) {
                continue;
            }
            unknown.add(setting.name() + " (" + setting.source() + "): " + suggestion(setting, registry));
        }
        if (unknown.isEmpty()) {
            return new Result(List.of(), List.of(), Optional.empty());
        }
        if (strict) {
            ConfigValue strictValue = config.lookup(STRICT_KEY).orElseThrow();
            return new Result(unknown, List.of(), Optional.of(new ConfigurationException(
                    ShouldBeKnownKey.shouldBeKnownKey(unknown, STRICT_KEY, strictValue.source()))));
        }
        List<String> warnings = unknown.stream().map(line -> "Unknown floe configuration key " + line
                + " It is ignored; " + STRICT_KEY + "=true makes unknown keys fail.").toList();
        return new Result(unknown, warnings, Optional.empty());
    }

    private static String suggestion(FloeConfiguration.Setting setting, ConfigKeyRegistry registry) {
        if (setting.environmentVariable()) {
            return registry.closestEnvironmentVariable(setting.name())
                    .map(env -> "did you mean " + env + " (" + registry.keyOfEnvironmentVariable(env).orElseThrow() + ")?")
                    .orElse("no known key is close to it.");
        }
        return registry.closestKey(setting.name()).map(key -> "did you mean " + key + "?")
                .orElse("no known key is close to it.");
    }

    private static Optional<ConfigurationException> combine(List<ConfigurationException> found) {
        // floe.config.strict's own value is checked by both halves: name each problem once
        Set<String> messages = new java.util.HashSet<>();
        List<ConfigurationException> errors = found.stream().filter(e -> messages.add(e.getMessage())).toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        if (errors.size() == 1) {
            return Optional.of(errors.get(0));
        }
        return Optional.of(new ConfigurationException(ShouldHaveUsableConfiguration.shouldHaveUsableConfiguration(
                errors.stream().map(ConfigurationException::getMessage).toList())));
    }
}
