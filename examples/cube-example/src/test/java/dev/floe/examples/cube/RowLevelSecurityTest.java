package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.SecretResolver;
import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.contracts.CubeRowLevelSecurityContract;
import dev.floe.testing.junit.traceability.Covers;

/**
 * floe-cube's row-level security ({@code queryRewrite}) under the library's Cube row-level security
 * contract: a valid context is answered; no token, expired, wrong-key, unsigned or claim-less ones are
 * rejected. The security contexts come from Cube-enabled artifacts and their API secret reference.
 */
@FloeArtifacts(variant = ArtifactsVariant.CUBE)
@Covers("105-FR-004")
class RowLevelSecurityTest implements CubeRowLevelSecurityContract {

    /** The Cube API secret of this test (HS256 needs at least 32 bytes). */
    static final String API_SECRET = "row-level-security-test-secret-0123456789";

    private CubeSecurityContext contexts;
    private RowLevelSecurity security;

    @BeforeEach
    void secret(CompiledArtifacts artifacts, @TempDir Path secretsDir) {
        String variable = SecretResolver.environmentVariable(artifacts.consumption().apiSecretRef());
        contexts = CubeSecurityContext.fromArtifacts(artifacts, SecretResolver.of(Map.of(variable, API_SECRET), secretsDir));
        security = new RowLevelSecurity(API_SECRET, contexts.filterColumn());
    }

    @Override
    public CubeSecurityContext securityContext() {
        return contexts;
    }

    @Override
    public boolean queryAccepted(String token) {
        try {
            security.filterFor("orders", token);
            return true;
        }
        catch (RowLevelSecurity.RejectedQueryException rejected) {
            return false;
        }
    }

    @Test
    @Covers("105-FR-003")
    void filtersTheQueryToTheTenantOfTheSecurityContext() {
        Map<String, Object> filter = security.filterFor("orders", contexts.tokenFor("acme"));

        assertThat(filter).isEqualTo(Map.of("member", "orders." + contexts.filterColumn(), "operator", "equals",
                "values", List.of("acme")));
    }
}
