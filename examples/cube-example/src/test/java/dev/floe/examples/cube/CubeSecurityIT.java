package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * A running Cube (profile FULL: runs with -Pdocker) rejects queries without a valid security
 * context. Cube signs with CUBEJS_API_SECRET; export one of at least 32 characters before
 * {@code docker compose up} (and for this test) so both sides use the same secret.
 */
@FloeIntegration(profile = Profile.FULL)
class CubeSecurityIT {

    private static int status(URI meta, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(meta).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String apiSecret() {
        String secret = System.getenv("CUBEJS_API_SECRET");
        if (secret == null || secret.length() < 32) {
            throw new AssertionError("Set CUBEJS_API_SECRET (at least 32 characters) for docker compose and for this test:"
                    + " Cube signs security contexts with it.");
        }
        return secret;
    }

    @Test
    @Covers("105-FR-005")
    void rejectsQueriesWithoutAValidSecurityContext(DockerServices services) throws Exception {
        URI meta = URI.create(services.url("cube") + "/cubejs-api/v1/meta");
        CubeSecurityContext contexts = CubeSecurityContext.withApiSecret(apiSecret(), "organization_id");

        assertThat(status(meta, null)).isEqualTo(403);
        assertThat(status(meta, contexts.tokenSignedWithWrongKey(Map.of("organization_id", "acme")))).isEqualTo(403);
        assertThat(status(meta, contexts.expiredToken(Map.of("organization_id", "acme")))).isEqualTo(403);
        assertThat(status(meta, contexts.tokenFor("acme"))).isEqualTo(200);
    }
}
