package dev.floe.testing.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The registry of known keys: names, environment names, typo suggestions, and the checks each key carries. */
class ConfigKeyRegistryTest {

    private static final ConfigKeyRegistry REGISTRY = ConfigKeyRegistry.of(List.of(
            ConfigKey.text("floe.services.mode"),
            ConfigKey.port("floe.services.postgres.port"),
            ConfigKey.duration("floe.services.timeout")), Set.of("FLOE_BACKENDS_DIR"));

    @Test
    void knowsItsKeysAndTheStrictKeyAlways() {
        assertThat(REGISTRY.names()).containsExactly("floe.config.strict", "floe.services.mode", "floe.services.postgres.port",
                "floe.services.timeout");
        assertThat(REGISTRY.isKnown("floe.services.mode")).isTrue();
        assertThat(REGISTRY.isKnown("floe.services.mod")).isFalse();
    }

    @Test
    void knowsTheEnvironmentVariablesOfItsKeysAndTheEnvironmentOnlyOnes() {
        assertThat(REGISTRY.keyOfEnvironmentVariable("FLOE_SERVICES_POSTGRES_PORT")).contains("floe.services.postgres.port");
        assertThat(REGISTRY.isKnownEnvironmentVariable("FLOE_BACKENDS_DIR")).isTrue();
        assertThat(REGISTRY.keyOfEnvironmentVariable("FLOE_BACKENDS_DIR")).isEmpty();
        assertThat(REGISTRY.isKnownEnvironmentVariable("FLOE_SERVICES_MODES")).isFalse();
    }

    @Test
    void suggestsTheClosestKeyForATypoAndNothingForUnrelatedText() {
        assertThat(REGISTRY.closestKey("floe.servics.mode")).contains("floe.services.mode");
        assertThat(REGISTRY.closestEnvironmentVariable("FLOE_SERVICES_POSTGRES_PROT")).contains("FLOE_SERVICES_POSTGRES_PORT");
        assertThat(REGISTRY.closestKey("floe.something.else.entirely")).isEmpty();
    }

    @Test
    void eachKeyChecksItsValueNamingKeyAndSource() {
        FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of("FLOE_SERVICES_POSTGRES_PORT", "0"), Map.of());
        ConfigKey port = REGISTRY.keys().stream().filter(k -> k.name().equals("floe.services.postgres.port")).findFirst().orElseThrow();

        assertThatThrownBy(() -> port.check().accept(config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("found:    '0'")
                .hasMessageContaining("where:    floe.services.postgres.port (from environment variable"
                        + " FLOE_SERVICES_POSTGRES_PORT)")
                .hasMessageContaining("fix:      set floe.services.postgres.port to a whole number from 1 to 65535");
    }

    @Test
    void aKeyMustStartWithFloe() {
        assertThatThrownBy(() -> ConfigKey.text("services.mode"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected: a key that starts with 'floe.'")
                .hasMessageContaining("found:    'services.mode'")
                .hasMessageContaining("where:    argument name of ConfigKey.<init>");
    }

    /** Constants a key class might hold: only the public static final {@code floe.*} strings are keys. */
    static final class SomeKeys {
        public static final String MODE = "floe.some.mode";
        public static final String NOT_A_KEY = "something else";
        public static final int NUMBER = 3;
        static final String HIDDEN = "floe.hidden";
    }

    @Test
    void theConstantsOfAKeyClassAreItsPublicFloeStrings() {
        assertThat(ConfigKey.constantsOf(SomeKeys.class)).containsExactly("floe.some.mode");
    }

    @Test
    void withoutAnySourceOnTheClassPathOnlyTheStrictKeyIsKnown() {
        assertThat(ConfigKeyRegistry.load().names()).containsExactly(ConfigurationCheck.STRICT_KEY);
    }
}
