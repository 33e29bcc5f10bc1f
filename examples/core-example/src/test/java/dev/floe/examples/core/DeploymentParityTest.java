package dev.floe.examples.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.floe.testing.fixtures.artifacts.ArtifactsDiff;
import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** What floe-core compiles for Docker and for production may differ only by deployment. */
@FloeArtifacts
class DeploymentParityTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    @Covers("101-FR-007")
    void dockerAndProductionDifferOnlyInEndpointsAndEnvVarReferences(ComputeTarget target, CompiledArtifactsFactory factory) {
        CompiledArtifacts docker = factory.artifacts(target, ArtifactsVariant.FULL);
        CompiledArtifacts production = factory.artifacts(target, ArtifactsVariant.PRODUCTION);

        ArtifactsDiff diff = ArtifactsDiff.between(docker, production);

        assertThat(diff.differences()).as("production must point elsewhere than Docker").isNotEmpty();
        diff.assertDeploymentOnly();
    }

    @Test
    @Covers("101-FR-007")
    void aChangedWarehouseIsCaughtAsMoreThanDeployment(CompiledArtifactsFactory factory) {
        CompiledArtifacts docker = factory.artifacts(ComputeTarget.SNOWFLAKE, ArtifactsVariant.FULL);
        CompiledArtifacts production = factory.builder(ComputeTarget.SNOWFLAKE, ArtifactsVariant.PRODUCTION)
                .withComputeProperty("warehouse", "PROD_WH").build();

        assertThatThrownBy(() -> ArtifactsDiff.between(docker, production).assertDeploymentOnly())
                .hasMessageContaining("$.compute.properties.warehouse [OTHER]: \"COMPUTE_WH\" -> \"PROD_WH\"");
    }
}
