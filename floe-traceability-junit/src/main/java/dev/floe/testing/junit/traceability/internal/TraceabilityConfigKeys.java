package dev.floe.testing.junit.traceability.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apiguardian.api.API;

import dev.floe.testing.common.internal.ConfigKey;
import dev.floe.testing.common.internal.ConfigKeySource;
import dev.floe.testing.junit.traceability.TraceabilityKeys;
import dev.floe.testing.traceability.gate.GateKeys;
import dev.floe.testing.traceability.github.internal.GitHubActions;
import dev.floe.testing.traceability.spec.SpecParser;

/**
 * The {@code floe.traceability.*} keys: the listener's ({@link TraceabilityKeys}), spec parsing's, the GitHub
 * output's and the Maven goals' ({@link GateKeys}). Registered through {@code META-INF/services}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TraceabilityConfigKeys implements ConfigKeySource {

    /** Creates the source; {@code ServiceLoader} calls this. */
    public TraceabilityConfigKeys() {
    }

    @Override
    public Collection<ConfigKey> keys() {
        Map<String, ConfigKey> keys = new LinkedHashMap<>();
        for (Class<?> constants : List.of(TraceabilityKeys.class, SpecParser.class, GitHubActions.class, GateKeys.class)) {
            ConfigKey.constantsOf(constants).forEach(name -> keys.put(name, ConfigKey.text(name)));
        }
        for (ConfigKey key : List.of(ConfigKey.bool(TraceabilityKeys.ENABLED),
                ConfigKey.oneOf(TraceabilityKeys.PARTIAL_DETECTION, PartialDetection.class),
                ConfigKey.bool(GitHubActions.STEP_SUMMARY_KEY), ConfigKey.bool(GitHubActions.ANNOTATIONS_KEY))) {
            keys.put(key.name(), key);
        }
        // the Maven goals' keys stay free text here: the goals check their own values, a test JVM only knows them
        return keys.values();
    }
}
