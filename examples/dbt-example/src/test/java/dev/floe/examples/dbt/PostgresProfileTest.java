package dev.floe.examples.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceEndpoint;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * The profile the generator writes for PostgreSQL, used the way dbt uses it: env_var references
 * resolved from the environment, then a connection to the target's database and schema.
 */
@FloeIntegration(profile = Profile.BASE)
@FloeArtifacts
class PostgresProfileTest {

    private static final Pattern ENV_VAR = Pattern.compile("\\{\\{ env_var\\('([A-Z0-9_]+)'\\) }}");

    /** Resolves {@code {{ env_var('X') }}} as dbt does; an unset variable is an error, as in dbt. */
    private static String render(JsonNode value, Map<String, String> environment) {
        Matcher m = ENV_VAR.matcher(value.asText());
        if (!m.matches()) {
            return value.asText();
        }
        String resolved = environment.get(m.group(1));
        if (resolved == null) {
            throw new AssertionError("Env var required but not provided: '" + m.group(1) + "'");
        }
        return resolved;
    }

    @Test
    @Covers("102-FR-004")
    void theGeneratedProfileConnectsAndCreatesTheTargetSchema(DockerServices services, CompiledArtifactsFactory factory,
            TestNamespace ns) throws Exception {
        ServiceEndpoint pg = services.endpoint("postgres");
        Credentials credentials = services.credentials("postgres");
        CompiledArtifacts artifacts = factory.builder(ComputeTarget.POSTGRES, ArtifactsVariant.STANDALONE)
                .withComputeProperty("host", pg.host())
                .withComputeProperty("port", pg.port())
                .withComputeProperty("user", credentials.id())
                .withComputeProperty("schema", ns.schema())
                .build();

        JsonNode output = new ObjectMapper(new YAMLFactory())
                .readTree(FloeDbtProfiles.profilesYaml(artifacts.toJson(), "floe"))
                .path("floe").path("outputs").path("dev");
        Map<String, String> environment = Map.of(
                FloeDbtProfiles.environmentVariable(artifacts.compute().connectionSecretRef()), credentials.secret());

        String url = "jdbc:postgresql://" + render(output.path("host"), environment) + ":" + output.path("port").asInt()
                + "/" + render(output.path("dbname"), environment);
        try (Connection c = DriverManager.getConnection(url, render(output.path("user"), environment),
                render(output.path("password"), environment)); Statement sql = c.createStatement()) {
            sql.execute("CREATE SCHEMA " + render(output.path("schema"), environment));
            try (ResultSet rows = sql.executeQuery(
                    "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + ns.schema() + "'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }
}
