package dev.floe.examples.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import dev.floe.examples.polaris.SparkThriftSql;
import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceEndpoint;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * The profile the generator writes for Spark (method thrift), used the way dbt-spark uses it: a
 * HiveServer2 session on the host and port it names, then the target schema created there.
 */
@FloeIntegration(profile = Profile.COMPUTE)
class SparkProfileIT {

    @Test
    @Covers("102-FR-005")
    void theGeneratedSparkProfileOpensASessionAndCreatesTheTargetSchema(DockerServices services, CompiledArtifactsFactory factory,
            TestNamespace ns) throws Exception {
        ServiceEndpoint spark = services.endpoint("spark-iceberg");
        CompiledArtifacts artifacts = factory.builder(ComputeTarget.SPARK, ArtifactsVariant.STANDALONE)
                .withComputeProperty("host", spark.host())
                .withComputeProperty("port", spark.port("thrift"))
                .withComputeProperty("schema", ns.schema())
                .build();

        JsonNode output = new ObjectMapper(new YAMLFactory())
                .readTree(FloeDbtProfiles.profilesYaml(artifacts.toJson(), "floe"))
                .path("floe").path("outputs").path("dev");
        assertThat(output.path("method").asText()).isEqualTo("thrift");

        try (SparkThriftSql sql = new SparkThriftSql(output.path("host").asText(), output.path("port").asInt(), "dbt")) {
            sql.query("CREATE SCHEMA IF NOT EXISTS " + output.path("schema").asText());
            assertThat(sql.query("SHOW SCHEMAS LIKE '" + ns.schema() + "'")).containsExactly(List.of(ns.schema()));
        }
    }
}
