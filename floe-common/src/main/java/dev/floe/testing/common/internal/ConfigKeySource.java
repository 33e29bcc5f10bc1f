package dev.floe.testing.common.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The configuration keys one module of floe-testing reads, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.floe.testing.common.internal.ConfigKeySource}), so that the registry of known
 * keys spans the modules on the class path without any module knowing the others.
 */
@API(status = INTERNAL, since = "0.1.0")
public interface ConfigKeySource {

    /** The keys this module reads, each with the check of its value. */
    Collection<ConfigKey> keys();

    /**
     * Environment variables that start with {@code FLOE_} but are no configuration key (read by floe's scripts
     * or written into generated files for the floe platform), so they are not reported as unknown.
     */
    default Set<String> environmentOnly() {
        return Set.of();
    }
}
