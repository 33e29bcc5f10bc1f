package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.fixtures.artifacts.contracts.ContractViolationException;
import dev.floe.testing.fixtures.artifacts.contracts.CubeModel;
import dev.floe.testing.fixtures.artifacts.contracts.CubeModelSync;
import dev.floe.testing.junit.traceability.Covers;

/** floe-cube's model sync against the library's Cube model contract, on a dbt manifest of real shape. */
class CubeModelSyncTest {

    static final Path MANIFEST = Path.of("src/test/resources/dbt/manifest.json");

    /** The written YAML, read back into the contract's shape. */
    private static List<CubeModel> written(String yaml) throws Exception {
        JsonNode cubes = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("cubes");
        List<CubeModel> models = new ArrayList<>();
        for (JsonNode cube : cubes) {
            List<CubeModel.Dimension> dimensions = new ArrayList<>();
            cube.path("dimensions").forEach(d -> dimensions.add(new CubeModel.Dimension(d.path("name").asText(), d.path("type").asText(),
                    d.path("primary_key").asBoolean(false))));
            List<String> measures = new ArrayList<>();
            cube.path("measures").forEach(m -> measures.add(m.path("name").asText()));
            models.add(new CubeModel(cube.path("name").asText(), cube.path("sql_table").asText(), dimensions, measures));
        }
        return models;
    }

    @Test
    @Covers("105-FR-001")
    void writesTheCubesTheContractDerivesFromTheManifest() throws Exception {
        List<CubeModel> ours = written(CubeModelWriter.cubesYaml(MANIFEST));

        assertThat(ours).isEqualTo(CubeModelSync.fromManifest(MANIFEST));
        assertThat(ours).extracting(CubeModel::name).containsExactly("customers", "orders");
        assertThat(ours.get(1).sqlTable()).isEqualTo("analytics.marts.fct_orders");
    }

    @Test
    @Covers("105-FR-002")
    void refusesAManifestWithoutNodesNamingFileAndPath(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("manifest.json");
        Files.writeString(broken, "{\"metadata\": {\"dbt_version\": \"1.8.0\"}}");

        assertThatThrownBy(() -> CubeModelWriter.cubesYaml(broken))
                .hasMessage("dbt manifest " + broken + ": $.nodes is missing; run 'dbt parse' first");
        assertThatThrownBy(() -> CubeModelSync.fromManifest(broken))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.nodes is missing");
    }
}
