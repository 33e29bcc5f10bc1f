package dev.floe.examples.polaris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CatalogConfig;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.SecretResolver;
import dev.floe.testing.fixtures.artifacts.contracts.ContractViolationException;
import dev.floe.testing.fixtures.artifacts.contracts.IcebergCatalogSettings;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** floe-iceberg's catalog properties against the library's Iceberg REST catalog contract. */
@FloeArtifacts(target = ComputeTarget.SPARK, variant = ArtifactsVariant.POLARIS)
class CatalogPropertiesTest {

    @TempDir
    Path secrets;

    private static final String CREDENTIAL = "client-id:client-secret-for-tests";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComputeTarget.class)
    @Covers("104-FR-001")
    void agreeWithTheIcebergCatalogContractForEveryTarget(ComputeTarget target, CompiledArtifactsFactory factory) {
        for (ArtifactsVariant variant : new ArtifactsVariant[] { ArtifactsVariant.POLARIS, ArtifactsVariant.FULL, ArtifactsVariant.PRODUCTION }) {
            CompiledArtifacts artifacts = factory.artifacts(target, variant);
            String variable = SecretResolver.environmentVariable(artifacts.catalog().credentialSecretRef());
            Map<String, String> environment = Map.of(variable, CREDENTIAL);

            Map<String, String> ours = new FloeCatalog(environment::get, secrets).properties(artifacts.toJson());

            assertThat(ours).as("%s (%s)", target.value(), variant)
                    .isEqualTo(IcebergCatalogSettings.from(artifacts).catalogProperties(SecretResolver.of(environment, secrets)));
        }
    }

    @Test
    @Covers("104-FR-002")
    void theCredentialComesFromTheMountedSecretWhenNoVariableIsSet(CompiledArtifacts artifacts) throws Exception {
        String ref = artifacts.catalog().credentialSecretRef();
        Files.writeString(secrets.resolve(ref), CREDENTIAL + "\n");

        Map<String, String> properties = new FloeCatalog(name -> null, secrets).properties(artifacts.toJson());

        assertThat(properties).containsEntry("credential", CREDENTIAL);
        assertThat(SecretResolver.of(Map.of(), secrets).resolve(ref).value()).isEqualTo(CREDENTIAL);
    }

    @Test
    @Covers("104-FR-002")
    void anUnresolvableCredentialFailsNamingTheVariableAndTheFile(CompiledArtifacts artifacts) {
        String ref = artifacts.catalog().credentialSecretRef();

        assertThatThrownBy(() -> new FloeCatalog(name -> null, secrets).properties(artifacts.toJson()))
                .hasMessage("Catalog credential '" + ref + "' not found: set " + SecretResolver.environmentVariable(ref)
                        + " or mount " + secrets.resolve(ref));
    }

    @Test
    @Covers("104-FR-003")
    void productionArtifactsAskingForEveryRoleAreRefused(CompiledArtifactsFactory factory) {
        CompiledArtifacts production = factory.artifacts(ComputeTarget.SNOWFLAKE, ArtifactsVariant.PRODUCTION);
        CatalogConfig c = production.catalog();
        CompiledArtifacts greedy = production.toBuilder().withCatalog(new CatalogConfig(c.type(), c.uri(), c.credentialSecretRef(),
                c.warehouse(), "PRINCIPAL_ROLE:ALL", c.tokenRefreshEnabled(), c.accessDelegation(), c.properties())).build();

        assertThatThrownBy(() -> new FloeCatalog(Map.of("X", "y")::get, secrets).properties(greedy.toJson()))
                .hasMessage("$.catalog.scope: PRINCIPAL_ROLE:ALL is refused in production; grant a least-privilege role");
        assertThatThrownBy(() -> IcebergCatalogSettings.from(greedy))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.catalog.scope is PRINCIPAL_ROLE:ALL in a production environment");
    }
}
