package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Every configuration key floe-testing reads, gathered from the {@link ConfigKeySource}s of the modules on
 * the class path, with the closest known key for a misspelt one.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ConfigKeyRegistry {

    private final Map<String, ConfigKey> keys;
    private final Map<String, String> keysByEnvironmentName;
    private final Set<String> environmentOnly;

    private ConfigKeyRegistry(Collection<ConfigKey> keys, Collection<String> environmentOnly) {
        Map<String, ConfigKey> byName = new LinkedHashMap<>();
        Map<String, String> byEnv = new LinkedHashMap<>();
        for (ConfigKey key : keys) {
            byName.putIfAbsent(key.name(), key);
            byEnv.putIfAbsent(FloeConfiguration.environmentName(key.name()), key.name());
        }
        this.keys = Map.copyOf(byName);
        this.keysByEnvironmentName = Map.copyOf(byEnv);
        this.environmentOnly = Set.copyOf(environmentOnly);
    }

    /** A registry of exactly these keys (tests, tools); {@link ConfigurationCheck#STRICT_KEY} is always known. */
    public static ConfigKeyRegistry of(Collection<ConfigKey> keys, Collection<String> environmentOnly) {
        List<ConfigKey> all = new ArrayList<>(keys);
        all.add(ConfigKey.bool(ConfigurationCheck.STRICT_KEY));
        return new ConfigKeyRegistry(all, environmentOnly);
    }

    /**
     * The keys of every {@link ConfigKeySource} visible from the context class loader or floe-common's own
     * class loader.
     */
    public static ConfigKeyRegistry load() {
        List<ConfigKey> keys = new ArrayList<>();
        List<String> environmentOnly = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        List<ClassLoader> loaders = new ArrayList<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            loaders.add(context);
        }
        loaders.add(ConfigKeySource.class.getClassLoader());
        for (ClassLoader loader : loaders) {
            try {
                for (ConfigKeySource source : ServiceLoader.load(ConfigKeySource.class, loader)) {
                    if (seen.add(source.getClass().getName())) {
                        keys.addAll(source.keys());
                        environmentOnly.addAll(source.environmentOnly());
                    }
                }
            }
            catch (ServiceConfigurationError e) {
                // a source of another class loader that does not see floe-common's interface: the other loader has it
            }
        }
        return of(keys, environmentOnly);
    }

    /** Whether floe-testing reads {@code key}. */
    public boolean isKnown(String key) {
        return keys.containsKey(key);
    }

    /** Whether the environment variable {@code name} stands for a known key or is a known non-key variable. */
    public boolean isKnownEnvironmentVariable(String name) {
        return keysByEnvironmentName.containsKey(name) || environmentOnly.contains(name);
    }

    /** The key that the environment variable {@code name} stands for, if it is known. */
    public Optional<String> keyOfEnvironmentVariable(String name) {
        return Optional.ofNullable(keysByEnvironmentName.get(name));
    }

    /** Every known key, sorted. */
    public List<String> names() {
        return keys.keySet().stream().sorted().toList();
    }

    /** Every known key with its check, sorted by name. */
    public List<ConfigKey> keys() {
        return keys.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    /** The known key closest to {@code key} by edit distance, when it is close enough to be a typo of it. */
    public Optional<String> closestKey(String key) {
        return closest(key, keys.keySet());
    }

    /** The known environment variable (of a key) closest to {@code name}, when close enough to be a typo of it. */
    public Optional<String> closestEnvironmentVariable(String name) {
        return closest(name, keysByEnvironmentName.keySet());
    }

    private static Optional<String> closest(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance(written, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(3, written.length() / 5) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The edit distance (see {@link dev.floe.testing.common.internal.EditDistance}). */
    static int distance(String a, String b) {
        return dev.floe.testing.common.internal.EditDistance.between(a, b);
    }
}
