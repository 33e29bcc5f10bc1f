package dev.floe.examples.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.contracts.CubeRowLevelSecurityContract;
import dev.floe.testing.junit.traceability.Covers;

/**
 * Row-level security of a running Cube (profile FULL): the cube example's model and queryRewrite
 * ({@code cube/}) over a PostgreSQL table, with tokens from the library's {@link CubeSecurityContext}
 * on the artifacts' filter column. Cube verifies them with CUBEJS_API_SECRET: the compose file's
 * development default unless one is exported, for Cube and this test alike.
 */
@FloeIntegration(profile = Profile.FULL)
@FloeArtifacts(target = ComputeTarget.POSTGRES, variant = ArtifactsVariant.CUBE)
@Covers("105-FR-005")
class CubeSecurityIT implements CubeRowLevelSecurityContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "{\"measures\":[\"orders.count\",\"orders.total_amount\"],\"dimensions\":[\"orders.organization_id\"]}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI load;
    private CubeSecurityContext contexts;

    @BeforeEach
    void cube(DockerServices services, CompiledArtifacts artifacts) throws Exception {
        createTable(services);
        load = URI.create(services.url("cube") + "/cubejs-api/v1/load?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8));
        // the claim is the artifacts' row-level security column (floe's default: organization_id)
        String filterColumn = artifacts.consumption().security().filterColumn();
        contexts = CubeSecurityContext.withApiSecret(CubeApiSecret.from(System.getenv()), filterColumn);
    }

    @Override
    public CubeSecurityContext securityContext() {
        return contexts;
    }

    /** 200: answered; 403: rejected; anything else fails the test, so a broken Cube cannot pass as "rejecting". */
    @Override
    public boolean queryAccepted(String token) {
        HttpResponse<String> answer = send(token);
        assertThat(answer.statusCode()).as("Cube's answer to /load: %s", answer.body()).isIn(200, 403);
        return answer.statusCode() == 200;
    }

    @Test
    @Covers("105-FR-007")
    void eachTenantSeesOnlyItsOwnRows(DockerServices services) throws Exception {
        String tenantA = "org-a-" + UUID.randomUUID();
        String tenantB = "org-b-" + UUID.randomUUID();
        Credentials pg = services.credentials("postgres");
        try (Connection c = DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret())) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO floe_cube_example.orders (organization_id, amount) VALUES (?, ?)")) {
                for (Object[] row : new Object[][] { { tenantA, 10 }, { tenantA, 20 }, { tenantB, 5 } }) {
                    insert.setString(1, (String) row[0]);
                    insert.setInt(2, (Integer) row[1]);
                    insert.executeUpdate();
                }
            }
        }

        assertThat(rows(contexts.tokenFor(tenantA))).containsExactly(List.of(tenantA, "2", "30"));
        assertThat(rows(contexts.tokenFor(tenantB))).containsExactly(List.of(tenantB, "1", "5"));
    }

    /** The table of the Cube model (cube/model/orders.yml); tenants are unique per test, so rows of earlier runs do not matter. */
    private static void createTable(DockerServices services) throws Exception {
        Credentials pg = services.credentials("postgres");
        try (Connection c = DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret()); Statement ddl = c.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS floe_cube_example");
            ddl.execute("CREATE TABLE IF NOT EXISTS floe_cube_example.orders (id bigserial PRIMARY KEY,"
                    + " organization_id text NOT NULL, amount numeric NOT NULL)");
        }
    }

    /** The rows Cube answers for {@code token}: organization, count, total. */
    private List<List<String>> rows(String token) throws Exception {
        HttpResponse<String> answer = send(token);
        assertThat(answer.statusCode()).as("Cube's answer: %s", answer.body()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : JSON.readTree(answer.body()).path("data")) {
            rows.add(List.of(row.path("orders.organization_id").asText(), row.path("orders.count").asText(),
                    new java.math.BigDecimal(row.path("orders.total_amount").asText()).stripTrailingZeros().toPlainString()));
        }
        return rows;
    }

    /** One /load, repeated while Cube says "Continue wait" (its answer while a query is still running). */
    private HttpResponse<String> send(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(load).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", token);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            while (true) {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean waiting = answer.statusCode() == 200 && answer.body().contains("\"Continue wait\"");
                if (!waiting || System.nanoTime() > deadline) {
                    return answer;
                }
                Thread.sleep(200);
            }
        }
        catch (Exception e) {
            throw new AssertionError("Cube did not answer " + load + ": " + e, e);
        }
    }

}
