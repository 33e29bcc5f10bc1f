package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.S3ProxyServer;
import dev.floe.testing.fixtures.services.ServiceUnavailableException;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * A real S3 server (S3Proxy) that is healthy when the run starts and stops in the middle of it: the
 * test that then fails, and every later class, fail with the usual service message instead of a bare
 * connection error or a fresh 30 s wait each.
 */
class ServiceStoppedDuringRunTests {

    static volatile S3ProxyServer s3;

    @Test
    @Covers("003-FR-022")
    void aServerStoppedMidSuiteFailsTheNextTestsWithTheServiceMessage() throws IOException {
        try (S3ProxyServer server = S3ProxyServer.start(); LoopbackServers.Answering polaris = new LoopbackServers.Answering(200)) {
            s3 = server;
            Map<String, String> config = Kit.with(Kit.base(LoopbackServers.refusedPort()),
                    "junit.jupiter.testclass.order.default", ClassOrderer.OrderAnnotation.class.getName(),
                    "floe.services.localstack.url", server.uri().toString(),
                    "floe.services.localstack.access-key", S3ProxyServer.ACCESS_KEY,
                    "floe.services.localstack.secret-key", S3ProxyServer.SECRET_KEY,
                    "floe.services.polaris.host", "127.0.0.1", "floe.services.polaris.port", "" + polaris.port());

            EngineExecutionResults results = Kit.run(config, UsesS3TestCase.class, LaterClassTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
            List<Throwable> failures = Kit.failures(results);
            Throwable midRun = failures.get(0);
            assertThat(midRun).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageStartingWith("LocalStack stopped answering during the run: it was healthy when the run started,"
                            + " and a test failed after it went away; tests that need it fail from now on.\n"
                            + "  expected: the services healthy at the start of the run still answering\n"
                            + "  found:    LocalStack no longer answers\n"
                            + "  where:    localstack at 127.0.0.1:" + server.port() + "\n")
                    .hasMessageContaining("\n\nLocalStack is not healthy after 2s (profile storage, mode external).\n"
                            + "  expected: a signed S3 ListBuckets answered ListAllMyBucketsResult within 2s\n"
                            + "  found:    ConnectException: ")
                    .hasMessageContaining("  where:    127.0.0.1:" + server.port() + " (floe.services.localstack.url from JUnit"
                            + " configuration parameter floe.services.localstack.url)\n"
                            + "  probe:    S3 ListBuckets (SigV4, region us-east-1, access key floe-test-access) on " + server.uri() + "\n"
                            + "  fix:      ")
                    // the test's own error stays attached
                    .cause().isInstanceOf(IOException.class);
            // the later class fails at once with the remembered failure, not after a new round of its own
            assertThat(failures.get(1)).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageStartingWith("LocalStack stopped answering during the run");
            assertThat(Kit.everything(results)).doesNotContain(S3ProxyServer.SECRET_KEY);
        }
        finally {
            s3 = null;
        }
    }

    private static void listBuckets(DockerServices services) throws IOException {
        HttpURLConnection c = (HttpURLConnection) services.url("localstack").toURL().openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(2000);
        try {
            c.getResponseCode(); // unsigned: 403 from S3Proxy, which is an answer all the same
        }
        finally {
            c.disconnect();
        }
    }

    @FloeIntegration(profile = Profile.STORAGE)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Order(1)
    static class UsesS3TestCase {

        @Test
        @Order(1)
        void reachesS3ThenItStops(DockerServices services) throws IOException {
            listBuckets(services);
            s3.close();
        }

        @Test
        @Order(2)
        void failsOnTheStoppedServer(DockerServices services) throws IOException {
            listBuckets(services);
        }
    }

    @FloeIntegration(profile = Profile.STORAGE)
    @Order(2)
    static class LaterClassTestCase {

        @Test
        void needsS3Too(DockerServices services) throws IOException {
            listBuckets(services);
        }
    }
}
