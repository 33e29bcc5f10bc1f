package dev.floe.testing.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lookup order, the sources named in messages, every getter's accepted and refused forms, and masking. */
class FloeConfigurationTest {

    private static final String KEY = "floe.services.polaris.timeout";
    private static final String ENV = "FLOE_SERVICES_POLARIS_TIMEOUT";

    private static FloeConfiguration sys(String key, String value) {
        return FloeConfiguration.of(Map.of(key, value), Map.of(), Map.of());
    }

    private static FloeConfiguration junit(String key, String value) {
        return FloeConfiguration.of(Map.of(), Map.of(), Map.of(key, value));
    }

    @Nested
    @DisplayName("lookup order")
    class LookupOrder {

        @Test
        void aSystemPropertyWinsOverEnvironmentAndJUnitParameter() {
            FloeConfiguration config = FloeConfiguration.of(Map.of(KEY, "1s"), Map.of(ENV, "2s"), Map.of(KEY, "3s"));

            assertThat(config.lookup(KEY)).contains(new ConfigValue(KEY, "1s", "system property " + KEY));
        }

        @Test
        void theEnvironmentWinsOverTheJUnitParameter() {
            FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of(ENV, "2s"), Map.of(KEY, "3s"));

            assertThat(config.lookup(KEY)).contains(new ConfigValue(KEY, "2s", "environment variable " + ENV));
        }

        @Test
        void theJUnitParameterComesLast() {
            assertThat(junit(KEY, "3s").lookup(KEY)).contains(new ConfigValue(KEY, "3s", "JUnit configuration parameter " + KEY));
        }

        @Test
        void nothingSetGivesTheDefault() {
            FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of(), Map.of());

            assertThat(config.lookup(KEY)).isEmpty();
            assertThat(config.isSet(KEY)).isFalse();
            assertThat(config.getDuration(KEY, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
            assertThat(config.getString(KEY, "fallback")).isEqualTo("fallback");
        }

        @Test
        void aBlankValueCountsAsUnsetAndTheNextLayerAnswers() {
            FloeConfiguration config = FloeConfiguration.of(Map.of(KEY, "  "), Map.of(ENV, ""), Map.of(KEY, " 3s "));

            assertThat(config.lookup(KEY)).contains(new ConfigValue(KEY, "3s", "JUnit configuration parameter " + KEY));
        }

        @Test
        void valuesAreTrimmed() {
            assertThat(sys(KEY, "  5s\t").getString(KEY)).contains("5s");
        }

        @Test
        void aBlankKeyIsRefused() {
            assertThatThrownBy(() -> sys(KEY, "1s").lookup(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("key must not be null or blank.")
                    .hasMessageContaining("found:    ' '")
                    .hasMessageContaining("where:    argument key of FloeConfiguration.lookup");
        }

        @Test
        void fromSystemFallsBackToTheJUnitParameters() {
            String key = "floe.test.only." + System.nanoTime();

            assertThat(FloeConfiguration.fromSystem(k -> k.equals(key) ? Optional.of("x") : Optional.empty()).getString(key))
                    .contains("x");
        }
    }

    @Nested
    @DisplayName("environment names")
    class EnvironmentNames {

        @ParameterizedTest
        @CsvSource({
                "floe.services.postgres.host, FLOE_SERVICES_POSTGRES_HOST",
                "floe.services.spark-iceberg.port, FLOE_SERVICES_SPARK_ICEBERG_PORT",
                "floe.observability.poll-interval.first, FLOE_OBSERVABILITY_POLL_INTERVAL_FIRST" })
        void dotsAndDashesBecomeUnderscoresInUpperCase(String key, String variable) {
            assertThat(FloeConfiguration.environmentName(key)).isEqualTo(variable);
        }

        @Test
        void anEnvironmentVariableIsReadFromTheSameLayer() {
            FloeConfiguration config = FloeConfiguration.of(Map.of(), Map.of("DOCKER_CONTAINER", " 1 ", "EMPTY", " "), Map.of());

            assertThat(config.environmentVariable("DOCKER_CONTAINER")).contains("1");
            assertThat(config.environmentVariable("EMPTY")).isEmpty();
            assertThat(config.environmentVariable("ABSENT")).isEmpty();
        }

        @Test
        void settingsListEveryFloeNameWithItsSource() {
            FloeConfiguration config = FloeConfiguration.of(Map.of("floe.a", "1", "other", "x"),
                    Map.of("FLOE_B", "2", "PATH", "/bin"), Map.of("floe.c", "3", "junit.x", "y"));

            assertThat(config.settings()).containsExactly(
                    new FloeConfiguration.Setting("floe.a", "system property floe.a", false),
                    new FloeConfiguration.Setting("FLOE_B", "environment variable FLOE_B", true),
                    new FloeConfiguration.Setting("floe.c", "JUnit configuration parameter floe.c", false));
        }
    }

    @Nested
    @DisplayName("getters")
    class Getters {

        @ParameterizedTest
        @CsvSource({ "true, true", "TRUE, true", "False, false" })
        void booleansAcceptTrueAndFalseInAnyCase(String written, boolean expected) {
            assertThat(sys("floe.x", written).getBoolean("floe.x", !expected)).isEqualTo(expected);
        }

        @Test
        void aBooleanRefusesAnythingElseNamingKeySourceAndValue() {
            assertThatThrownBy(() -> FloeConfiguration.of(Map.of(), Map.of("FLOE_SERVICES_COMPOSE_REUSE", "yes"), Map.of())
                    .getBoolean("floe.services.compose.reuse", false))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("""
                            Invalid value 'yes' for floe.services.compose.reuse.
                              expected: true or false
                              found:    'yes'
                              where:    floe.services.compose.reuse (from environment variable FLOE_SERVICES_COMPOSE_REUSE)
                              fix:      set floe.services.compose.reuse to true or false""");
        }

        @Test
        void anIntegerWithinItsRangeIsAccepted() {
            assertThat(sys("floe.p", "65535").getInt("floe.p", 1, 1, 65_535)).isEqualTo(65_535);
        }

        @ParameterizedTest
        @ValueSource(strings = { "0", "65536", "80a", "1.5" })
        void anIntegerOutsideItsRangeOrNotANumberIsRefused(String written) {
            assertThatThrownBy(() -> junit("floe.p", written).getInt("floe.p", 1, 1, 65_535))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("expected: a whole number from 1 to 65535")
                    .hasMessageContaining("found:    '" + written + "'")
                    .hasMessageContaining("where:    floe.p (from JUnit configuration parameter floe.p)")
                    .hasMessageContaining("fix:      set floe.p to a whole number from 1 to 65535");
        }

        @ParameterizedTest
        @CsvSource({ "500ms, PT0.5S", "30s, PT30S", "2m, PT2M", "1h, PT1H", "30 S, PT30S", "PT45S, PT45S" })
        void durationsAcceptUnitsAndIsoForm(String written, Duration expected) {
            assertThat(sys(KEY, written).getDuration(KEY, Duration.ZERO)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = { "thirty", "0s", "30", "-5s", "99999999999999999999s", "PT-1S", "PTX" })
        void aDurationThatIsNotPositiveOrNotADurationIsRefused(String written) {
            assertThatThrownBy(() -> FloeConfiguration.of(Map.of(), Map.of(ENV, written), Map.of()).getDuration(KEY, Duration.ZERO))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("expected: a positive duration like 30s or 500ms")
                    .hasMessageContaining("found:    '" + written + "'")
                    .hasMessageContaining("where:    " + KEY + " (from environment variable " + ENV + ")");
        }

        enum Mode { EXTERNAL, COMPOSE, AUTO }

        @Test
        void anEnumMatchesItsNameInAnyCase() {
            assertThat(sys("floe.services.mode", "Compose").getEnum("floe.services.mode", Mode.class, Mode.AUTO)).isEqualTo(Mode.COMPOSE);
            assertThat(sys("floe.other", "x").getEnum("floe.services.mode", Mode.class, Mode.AUTO)).isEqualTo(Mode.AUTO);
        }

        @Test
        void anUnknownEnumValueIsRefusedListingTheAcceptedOnes() {
            assertThatThrownBy(() -> sys("floe.services.mode", "docker").getEnum("floe.services.mode", Mode.class, Mode.AUTO))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("expected: one of external, compose, auto")
                    .hasMessageContaining("found:    'docker'")
                    .hasMessageContaining("where:    floe.services.mode (from system property floe.services.mode)");
        }

        @Test
        void aUrlWithSchemeHostAndPortIsAccepted() {
            ConfigValue value = new ConfigValue("floe.services.jaeger.url", "http://localhost:16686", "system property floe.services.jaeger.url");

            assertThat(FloeConfiguration.parseUrl(value, "http://localhost:16686")).hasPort(16686).hasHost("localhost");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "localhost:16686 | no host | write it as http://localhost:16686",
                "//localhost:16686 | no scheme | write it as http://localhost:16686",
                "http://localhost | no port: it would silently mean 80 | add the port, e.g. http://localhost:16686",
                "https://localhost | no port: it would silently mean 443 | add the port, e.g. http://localhost:16686",
                "http://localhost:70000 | port 70000, outside 1-65535 | use the port the service listens on, e.g. http://localhost:16686",
                "http://local host:1 | not a URL | write it as http://localhost:16686" })
        void aUrlWithoutSchemeHostOrUsablePortIsRefusedSayingWhichIsMissing(String written, String note, String fix) {
            ConfigValue value = new ConfigValue("floe.services.jaeger.url", written, "system property floe.services.jaeger.url");

            assertThatThrownBy(() -> FloeConfiguration.parseUrl(value, "http://localhost:16686"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Invalid value '" + written + "' for floe.services.jaeger.url.\n"
                            + "  expected: a URL with scheme, host and port like http://localhost:16686\n"
                            + "  found:    '" + written + "' (" + note + ")\n"
                            + "  where:    floe.services.jaeger.url (from system property floe.services.jaeger.url)\n"
                            + "  fix:      " + fix);
        }
    }

    @Nested
    @DisplayName("secrets in messages")
    class Secrets {

        @Test
        void aSecretKeysValueIsNeverShown() {
            assertThatThrownBy(() -> sys("floe.services.postgres.password", "hunter2").getBoolean("floe.services.postgres.password", false))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("found:    '" + SecretText.MASK + "'")
                    .hasMessageContaining("where:    floe.services.postgres.password (from system property")
                    .hasMessageNotContaining("hunter2");
        }

        @Test
        void userInfoOfAUrlValueIsMasked() {
            ConfigValue value = new ConfigValue("floe.services.jaeger.url", "http://bob:hunter2@localhost", "system property floe.services.jaeger.url");

            assertThatThrownBy(() -> FloeConfiguration.parseUrl(value, "http://localhost:16686"))
                    .hasMessageStartingWith("Invalid value 'http://***@localhost' for floe.services.jaeger.url")
                    .hasMessageNotContaining("hunter2");
        }

        @ParameterizedTest
        @ValueSource(strings = { "floe.services.postgres.password", "floe.services.polaris.client-secret",
                "floe.x.api-key", "floe.x.token", "floe.services.localstack.access-key" })
        void keysThatNameSecretsAreSecret(String key) {
            assertThat(SecretText.isSecretKey(key)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = { "floe.services.postgres.user", "floe.services.mode", "floe.services.jaeger.url" })
        void otherKeysAreNot(String key) {
            assertThat(SecretText.isSecretKey(key)).isFalse();
        }

        @Test
        void tokenParametersAndUserInfoAreMaskedInFreeText() {
            assertThat(SecretText.maskUrls("GET http://u:p@host:1/x?a=1&token=abc and https://h:2/?X-Amz-Signature=ff"))
                    .isEqualTo("GET http://***@host:1/x?a=1&token=**** and https://h:2/?X-Amz-Signature=****");
        }

        @Test
        void aValueNoUrlParserAcceptsStillHasItsUserInfoMasked() {
            assertThat(SecretText.shownValue("floe.services.x.url", "postgresql://u:p@ss word@host")).isEqualTo("postgresql://***@host");
        }
    }
}
