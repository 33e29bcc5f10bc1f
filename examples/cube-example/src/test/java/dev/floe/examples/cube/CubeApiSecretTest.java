package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.junit.traceability.Covers;

/** CubeSecurityIT and the compose file's Cube agree on the API secret, exported or not. */
@Covers("105-FR-006")
class CubeApiSecretTest {

    private static final Path COMPOSE_FILE = Path.of("../../docker/docker-compose.yml");

    @Test
    void withoutAnExportedSecretTheTestUsesTheComposeDefault() throws IOException {
        assertThat(CubeApiSecret.from(Map.of())).isEqualTo(composeDefault());
        assertThat(CubeApiSecret.from(Map.of(CubeApiSecret.VARIABLE, ""))).isEqualTo(composeDefault());
    }

    @Test
    void anExportedSecretOverridesTheDefault() {
        String exported = "an-exported-secret-of-at-least-32-bytes-0123";

        assertThat(CubeApiSecret.from(Map.of(CubeApiSecret.VARIABLE, exported))).isEqualTo(exported);
    }

    @Test
    void theComposeDefaultIsLongEnoughToSignSecurityContexts() throws IOException {
        assertThatCode(() -> CubeSecurityContext.withApiSecret(composeDefault(), "organization_id").tokenFor("acme"))
                .doesNotThrowAnyException();
    }

    /** The default in {@code services.cube.environment.CUBEJS_API_SECRET: ${CUBEJS_API_SECRET:-<default>}}. */
    private static String composeDefault() throws IOException {
        assertThat(COMPOSE_FILE).as("the compose file, relative to the cube-example module").isRegularFile();
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(COMPOSE_FILE));
        String value = compose.path("services").path("cube").path("environment").path(CubeApiSecret.VARIABLE).asText();
        Matcher m = Pattern.compile("\\$\\{" + CubeApiSecret.VARIABLE + ":-([^}]+)}").matcher(value);
        assertThat(m.matches()).as("%s: services.cube.environment.%s is '${%s:-<default>}' (was '%s')",
                COMPOSE_FILE, CubeApiSecret.VARIABLE, CubeApiSecret.VARIABLE, value).isTrue();
        return m.group(1);
    }
}
