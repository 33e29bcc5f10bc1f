package dev.floe.examples.dagster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.DagsterResources;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** floe-dagster's run configuration agrees with the library's Dagster contract for every target and variant. */
@FloeArtifacts
class RunConfigContractTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    @Covers({ "103-FR-001", "103-FR-002" })
    void agreesWithTheDagsterContractForEveryVariant(ComputeTarget target, CompiledArtifactsFactory factory) {
        for (ArtifactsVariant variant : ArtifactsVariant.values()) {
            CompiledArtifacts artifacts = factory.artifacts(target, variant);

            assertThat(FloeDagsterRunConfig.runConfig(artifacts.toJson()))
                    .as("%s (%s)", target.value(), variant)
                    .isEqualTo(DagsterResources.from(artifacts).runConfig());
        }
    }

    @Test
    @Covers("103-FR-002")
    void standaloneArtifactsConfigureNoLineage(@FloeArtifacts(variant = ArtifactsVariant.STANDALONE) CompiledArtifacts artifacts) {
        Map<String, Object> resources = resources(artifacts);

        assertThat(resources).containsOnlyKeys("dbt");
    }

    @Test
    @Covers("103-FR-002")
    void fullArtifactsSendLineageToTheirEndpointAndNamespace(@FloeArtifacts(variant = ArtifactsVariant.FULL) CompiledArtifacts artifacts) {
        Map<String, Object> resources = resources(artifacts);

        assertThat(resources).containsKeys("dbt", "openlineage");
        assertThat(resources.get("openlineage")).isEqualTo(Map.of("config", Map.of(
                "url", artifacts.observability().lineageEndpoint(),
                "namespace", artifacts.lineageNamespace())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(CompiledArtifacts artifacts) {
        return (Map<String, Object>) FloeDagsterRunConfig.runConfig(artifacts.toJson()).get("resources");
    }
}
