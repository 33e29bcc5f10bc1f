package dev.floe.examples.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileCheck;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** What the generator does with incomplete artifacts, and what the contract check says about a careless one. */
@FloeArtifacts(target = ComputeTarget.REDSHIFT, variant = ArtifactsVariant.PRODUCTION)
class FloeDbtProfilesInputTest {

    @Test
    @Covers("102-FR-003")
    void refusesArtifactsWithoutAHostNamingTheJsonPath(CompiledArtifacts artifacts) throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(artifacts.toJson());
        ((ObjectNode) tree.path("compute").path("properties")).remove("host");

        assertThatThrownBy(() -> FloeDbtProfiles.profilesYaml(tree.toString(), "floe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot write a dbt-redshift profile:\n  - $.compute.properties.host is missing: dbt needs 'host'");
    }

    @Test
    @Covers("102-FR-002")
    void theProductionProfileReadsThePasswordFromTheSecretsVariable(CompiledArtifacts artifacts) {
        String yaml = FloeDbtProfiles.profilesYaml(artifacts.toJson(), "floe");

        assertThat(yaml).contains("password: \"{{ env_var('REDSHIFT_CREDENTIALS') }}\"");
        assertThat(DbtProfileCheck.violations(yaml, artifacts, "floe")).isEmpty();
    }

    @Test
    @Covers("102-FR-002")
    void theContractCheckCatchesAnInlinedPassword(CompiledArtifacts artifacts) {
        String careless = FloeDbtProfiles.profilesYaml(artifacts.toJson(), "floe")
                .replace("\"{{ env_var('REDSHIFT_CREDENTIALS') }}\"", "hunter2hunter2");

        assertThat(DbtProfileCheck.violations(careless, artifacts, "floe"))
                .anySatisfy(v -> assertThat(v).contains("password holds an inline value"))
                .allSatisfy(v -> assertThat(v).doesNotContain("hunter2hunter2"));
    }
}
