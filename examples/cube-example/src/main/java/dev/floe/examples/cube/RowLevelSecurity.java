package dev.floe.examples.cube;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

/**
 * floe-cube's {@code queryRewrite}: verifies the query's security context (an HS256 JWT signed with
 * the Cube API secret) and filters the query to the tenant its filter claim names.
 */
public final class RowLevelSecurity {

    private final SecretKey key;
    private final String filterColumn;

    public RowLevelSecurity(String apiSecret, String filterColumn) {
        this.key = Keys.hmacShaKeyFor(apiSecret.getBytes(StandardCharsets.UTF_8));
        this.filterColumn = filterColumn;
    }

    /** A query rejected for its security context. */
    public static final class RejectedQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RejectedQueryException(String message) {
            super(message);
        }
    }

    /**
     * The filter to add to a query on {@code cube}: {@code {member, operator: equals, values}}.
     *
     * @throws RejectedQueryException when the token is not a valid, signed security context with the filter claim
     */
    public Map<String, Object> filterFor(String cube, String token) {
        Claims claims;
        try {
            claims = Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload();
        }
        catch (JwtException | IllegalArgumentException e) {
            throw new RejectedQueryException("Query rejected: invalid security context (" + e.getClass().getSimpleName() + ")");
        }
        Object tenant = claims.get(filterColumn);
        if (tenant == null) {
            throw new RejectedQueryException("Query rejected: the security context has no '" + filterColumn + "' claim");
        }
        return Map.of("member", cube + "." + filterColumn, "operator", "equals", "values", List.of(String.valueOf(tenant)));
    }
}
