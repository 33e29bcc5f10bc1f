package dev.floe.testing.junit.internal.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.junit.jupiter.api.extension.ExtensionContext;

import dev.floe.testing.common.internal.ConfigKeyRegistry;
import dev.floe.testing.common.internal.ConfigurationCheck;
import dev.floe.testing.common.internal.ConfigurationException;
import dev.floe.testing.common.internal.FloeConfiguration;
import org.apiguardian.api.API;

/**
 * The first use of any floe extension in a run checks the configuration once ({@link ConfigurationCheck}:
 * unknown keys, every set key's value), before services are provisioned or a backend is asked; the outcome is
 * kept in the root store, so later tests pay a store lookup and, when the configuration is wrong, each fails
 * with the same message.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunConfigurationCheck {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            RunConfigurationCheck.class);

    private RunConfigurationCheck() {
    }

    /**
     * Checks the configuration of {@code context}'s run on the first call of the run (logging its warnings);
     * throws the run's {@link ConfigurationException} on every call when the configuration cannot be used.
     */
    public static void verify(ExtensionContext context) {
        ExtensionContext root = context.getRoot();
        ConfigurationCheck.Result result = root.getStore(NAMESPACE).computeIfAbsent(ConfigurationCheck.Result.class,
                key -> {
                    ConfigurationCheck.Result checked = ConfigurationCheck.run(
                            FloeConfiguration.fromSystem(root::getConfigurationParameter), ConfigKeyRegistry.load());
                    checked.logWarnings();
                    return checked;
                }, ConfigurationCheck.Result.class);
        result.throwFailure();
    }
}
