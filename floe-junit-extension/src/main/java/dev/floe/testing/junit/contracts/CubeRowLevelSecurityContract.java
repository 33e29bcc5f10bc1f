package dev.floe.testing.junit.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;

import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import org.junit.jupiter.api.Test;
import org.apiguardian.api.API;

/**
 * The contract a Cube deployment with row-level security meets: a query with a valid security
 * context is answered, and one without a token, with an expired token, with a token signed by
 * another key, with an unsigned token or without the row-level claim is rejected. A test class
 * implements this interface once, sending queries its own way.
 *
 * <p>The contract's tests carry no requirement ids: the implementing class puts {@code @Covers} with
 * the ids of its own package's spec on itself, and every inherited test traces to them.
 *
 * <pre>{@code
 * @Covers("105-FR-005") // your spec's requirement
 * class CubeSecurityIT implements CubeRowLevelSecurityContract {
 *     public CubeSecurityContext securityContext() {
 *         return CubeSecurityContext.fromArtifacts(artifacts, SecretResolver.fromSystem());
 *     }
 *     public boolean queryAccepted(String token) {
 *         return cubeClient.load(query, token).statusCode() == 200;
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface CubeRowLevelSecurityContract {

    /** The security context whose secret and row-level claim the Cube under test uses. */
    CubeSecurityContext securityContext();

    /**
     * Sends a query to the Cube under test with {@code token} as its {@code Authorization} header
     * ({@code null}: no header) and says whether Cube answered it.
     */
    boolean queryAccepted(String token);

    /** The row-level claim value the valid context carries; default {@code floe-test-org}. */
    default Object filterValue() {
        return "floe-test-org";
    }

    /** A valid context is answered (otherwise every rejection below would prove nothing). */
    @Test
    default void answersAQueryWithAValidContext() {
        assertTrue(queryAccepted(securityContext().tokenFor(filterValue())),
                "Cube rejected a query with a valid security context");
    }

    /** No token, no answer. */
    @Test
    default void rejectsAQueryWithoutAToken() {
        assertFalse(queryAccepted(null), "Cube answered a query without a security context");
    }

    /** An expired token is rejected. */
    @Test
    default void rejectsAnExpiredToken() {
        assertFalse(queryAccepted(securityContext().expiredToken(validClaims())),
                "Cube answered a query with an expired token");
    }

    /** A token signed with another key is rejected. */
    @Test
    default void rejectsATokenSignedWithAnotherKey() {
        assertFalse(queryAccepted(securityContext().tokenSignedWithWrongKey(validClaims())),
                "Cube answered a query with a token signed by another key");
    }

    /** An unsigned token is rejected. */
    @Test
    default void rejectsAnUnsignedToken() {
        assertFalse(queryAccepted(securityContext().unsignedToken(validClaims())),
                "Cube answered a query with an unsigned (alg none) token");
    }

    /** A token without the row-level claim is rejected. */
    @Test
    default void rejectsATokenWithoutTheRowLevelClaim() {
        assertFalse(queryAccepted(securityContext().tokenWithoutFilterClaim(validClaims())),
                "Cube answered a query whose token lacks the row-level claim '" + securityContext().filterColumn() + "'");
    }

    private Map<String, Object> validClaims() {
        return Map.of(securityContext().filterColumn(), filterValue());
    }
}
