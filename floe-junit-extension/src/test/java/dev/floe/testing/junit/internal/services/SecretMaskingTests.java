package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/** A planted secret is searched for in every output: messages, stack traces, events, logs, toString(). */
class SecretMaskingTests {

    private static final String PLANTED = "Pl4nted-s3cret-7d9e21";
    static final Queue<String> PRINTED = new ConcurrentLinkedQueue<>();

    @TempDir
    Path generated;

    private Map<String, String> storage(int localstackPort, String localstackTimeout, int polarisAdminPort) throws Exception {
        Files.writeString(generated.resolve("polaris-credentials.env"),
                "POLARIS_CLIENT_ID=floe-client\nPOLARIS_CLIENT_SECRET=" + PLANTED + "\n");
        return Kit.with(Kit.base(LoopbackServers.refusedPort()),
                "floe.services.generated.dir", generated.toString(),
                "floe.services.localstack.host", "127.0.0.1", "floe.services.localstack.port", "" + localstackPort,
                "floe.services.localstack.timeout", localstackTimeout,
                "floe.services.polaris.host", "127.0.0.1", "floe.services.polaris.port", "" + polarisAdminPort);
    }

    @Test
    @Covers({ "003-FR-014", "003-FR-015" })
    void aSecretFromTheInitContainersEnvFileNeverShowsInWhatATestPrints() throws Exception {
        PRINTED.clear();
        try (LogCapture logs = new LogCapture(); LoopbackServers.Answering localstack = new LoopbackServers.Answering(200);
                LoopbackServers.Answering polaris = new LoopbackServers.Answering(200)) {
            EngineExecutionResults results = Kit.run(storage(localstack.port(), "10s", polaris.port()), PrintsEverythingTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
            assertThat(PRINTED).contains("secret-readable=true", "Credentials[id=floe-client, secret=****]");
            assertThat(String.join("\n", PRINTED) + Kit.everything(results) + logs.all()).doesNotContain(PLANTED);
        }
    }

    @Test
    @Covers("003-FR-015")
    void aServiceEchoingTheSecretInItsErrorIsMaskedInTheFailureAndTheLogs() throws Exception {
        try (LogCapture logs = new LogCapture();
                LoopbackServers.RawStatus localstack = new LoopbackServers.RawStatus("HTTP/1.1 503 token " + PLANTED + " rejected");
                LoopbackServers.Answering polaris = new LoopbackServers.Answering(200)) {
            EngineExecutionResults results = Kit.run(storage(localstack.port(), "300ms", polaris.port()), PrintsEverythingTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).failed(1));
            assertThat(Kit.failures(results).get(0)).hasMessageContaining("  found:    S3 answered HTTP 503 token **** rejected with an empty body (");
            assertThat(Kit.everything(results) + logs.all()).doesNotContain(PLANTED);
        }
    }

    @Test
    @Covers({ "003-FR-015", "003-FR-020" })
    void aWrongPostgresPasswordIsNotRepeatedAnywhere() {
        try (LogCapture logs = new LogCapture()) {
            EngineExecutionResults results = Kit.run(Kit.with(Kit.base(LoopbackServers.refusedPort()),
                    "floe.services.postgres.password", PLANTED, "floe.services.postgres.timeout", "500ms"),
                    BaseTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).failed(1));
            assertThat(Kit.failures(results).get(0)).hasMessageStartingWith(
                    "PostgreSQL is not healthy after 500ms (profile base, mode external).\n"
                            + "  expected: JDBC SELECT 1 answered within 500ms\n"
                            + "  found:    PostgreSQL refused user postgres (SQLState 28P01): ")
                    // refused at once, as a matter of credentials, not of hosts and ports
                    .hasMessageContaining("  probe:    JDBC SELECT 1 on jdbc:postgresql://127.0.0.1:5432/postgres as postgres\n"
                            + "  fix:      set floe.services.postgres.user and floe.services.postgres.password");
            assertThat(Kit.everything(results) + logs.all()).doesNotContain(PLANTED);
        }
    }

    @FloeIntegration(profile = Profile.STORAGE)
    static class PrintsEverythingTestCase {

        @Test
        void printsServicesAndCredentials(DockerServices services) {
            Credentials polaris = services.credentials("polaris");
            PRINTED.add("secret-readable=" + polaris.secret().equals(PLANTED));
            PRINTED.add(polaris.toString());
            PRINTED.add(services.toString());
            System.getLogger("dev.floe.testing.user").log(System.Logger.Level.INFO, "services {0}, polaris {1}",
                    services, polaris);
        }
    }

    @FloeIntegration
    static class BaseTestCase {

        @Test
        void needsPostgres(DockerServices services) {
        }
    }
}
