package dev.floe.examples.cube;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;

import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.contracts.CubeRowLevelSecurityContract;
import dev.floe.testing.junit.traceability.Covers;

/**
 * A running Cube (profile FULL: runs with -Pdocker) under the library's row-level security contract.
 * Cube verifies security contexts with CUBEJS_API_SECRET: the compose file's development default
 * unless one is exported (at least 32 bytes), for {@code docker compose up} and this test alike.
 */
@FloeIntegration(profile = Profile.FULL)
@Covers("105-FR-005")
class CubeSecurityIT implements CubeRowLevelSecurityContract {

    private final HttpClient http = HttpClient.newHttpClient();
    private URI meta;
    private CubeSecurityContext contexts;

    @BeforeEach
    void cube(DockerServices services) {
        // /meta answers from the model alone (no warehouse query), so only the security context decides.
        meta = URI.create(services.url("cube") + "/cubejs-api/v1/meta");
        // the library refuses a secret shorter than HS256's 32 bytes, naming the problem but not the secret
        contexts = CubeSecurityContext.withApiSecret(CubeApiSecret.from(System.getenv()), "organization_id");
    }

    @Override
    public CubeSecurityContext securityContext() {
        return contexts;
    }

    @Override
    public boolean queryAccepted(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(meta).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200;
        }
        catch (Exception e) {
            throw new AssertionError("Cube did not answer " + meta + ": " + e, e);
        }
    }
}
