package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.SecretResolver;
import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;

/** Row-level security of floe-cube, driven by security contexts the library signs. */
@FloeArtifacts(variant = ArtifactsVariant.CUBE)
class RowLevelSecurityTest {

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

    @Test
    @Covers("105-FR-003")
    void filtersTheQueryToTheTenantOfTheSecurityContext() {
        Map<String, Object> filter = security.filterFor("orders", contexts.tokenFor("acme"));

        assertThat(filter).isEqualTo(Map.of("member", "orders." + contexts.filterColumn(), "operator", "equals",
                "values", List.of("acme")));
    }

    /** The invalid security contexts the library makes. */
    enum InvalidContext {
        EXPIRED(c -> c.expiredToken(Map.of(c.filterColumn(), "acme"))),
        WRONG_KEY(c -> c.tokenSignedWithWrongKey(Map.of(c.filterColumn(), "acme"))),
        UNSIGNED(c -> c.unsignedToken(Map.of(c.filterColumn(), "acme"))),
        NO_FILTER_CLAIM(c -> c.tokenWithoutFilterClaim(Map.of("sub", "someone")));

        final Function<CubeSecurityContext, String> token;

        InvalidContext(Function<CubeSecurityContext, String> token) {
            this.token = token;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(InvalidContext.class)
    @Covers("105-FR-004")
    void rejectsQueriesWithoutAValidSecurityContext(InvalidContext invalid) {
        String token = invalid.token.apply(contexts);

        assertThatThrownBy(() -> security.filterFor("orders", token))
                .isInstanceOf(RowLevelSecurity.RejectedQueryException.class)
                .hasMessageStartingWith("Query rejected: ");
        assertThatThrownBy(() -> contexts.verify(token)).as("the library's verifier agrees").isInstanceOf(RuntimeException.class);
    }
}
