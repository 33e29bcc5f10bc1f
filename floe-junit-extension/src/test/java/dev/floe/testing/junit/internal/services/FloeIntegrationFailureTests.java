package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceUnavailableException;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * A required service that answers 503, stalls or refuses fails every test of the class, never skips
 * it, with a message naming service, probe, endpoint, last error and fix. Jaeger is made required
 * and pointed at a loopback server; PostgreSQL is the real one.
 */
class FloeIntegrationFailureTests {

    private static Map<String, String> jaegerRequiredOn(int port, String timeout) {
        return Kit.with(Kit.base(port), "floe.services.jaeger.required", "true", "floe.services.jaeger.timeout", timeout);
    }

    private static String expectedJaegerMessage(int port, String timeout, String lastError) {
        return "Jaeger is not healthy after " + timeout + " (profile base, mode external).\n"
                + "  expected: GET / answered 2xx within " + timeout + "\n"
                + "  found:    " + lastError + " (N attempts)\n"
                + "  where:    127.0.0.1:" + port + " (floe.services.jaeger.host from JUnit configuration parameter floe.services.jaeger.host)\n"
                + "  probe:    GET http://127.0.0.1:" + port + "/\n"
                + "  fix:      set floe.services.jaeger.host and .port (or floe.services.jaeger.url) to a running Jaeger,\n"
                + "            or start one: 'docker compose -f "
                + java.nio.file.Path.of("../docker/docker-compose.yml").toAbsolutePath().normalize()
                + " --profile base up -d jaeger'.";
    }

    private static void assertEveryTestFailedWith(EngineExecutionResults results, String expected) {
        results.testEvents().assertStatistics(s -> s.started(2).failed(2).succeeded(0).aborted(0).skipped(0));
        List<Throwable> failures = Kit.failures(results);
        assertThat(failures).hasSize(2).allSatisfy(t -> {
            assertThat(t).isInstanceOf(ServiceUnavailableException.class);
            assertThat(t.getMessage().replaceAll("\\(\\d+ attempts?\\)", "(N attempts)")).isEqualTo(expected);
        });
    }

    @Test
    @Covers("003-FR-011")
    void aRequiredServiceAnswering503FailsEveryTestOfTheClass() {
        try (LoopbackServers.Answering jaeger = new LoopbackServers.Answering(503)) {
            // 2s, not less: "retried" must not depend on the first attempt being quick on a loaded machine
            EngineExecutionResults results = Kit.run(jaegerRequiredOn(jaeger.port(), "2s"), TwoTestsTestCase.class);
            assertEveryTestFailedWith(results, expectedJaegerMessage(jaeger.port(), "2s", "HTTP 503 Service Unavailable"));
            assertThat(jaeger.hits.get()).isGreaterThan(1); // retried within its timeout
        }
    }

    @Test
    @Covers({ "003-FR-010", "003-FR-011" })
    void aRequiredServiceThatStallsFailsAfterItsOwnTimeout() throws Exception {
        try (LoopbackServers.Stalling jaeger = new LoopbackServers.Stalling()) {
            EngineExecutionResults results = Kit.run(jaegerRequiredOn(jaeger.port(), "500ms"), TwoTestsTestCase.class);
            assertEveryTestFailedWith(results, expectedJaegerMessage(jaeger.port(), "500ms", "InterruptedIOException: timeout"));
        }
    }

    @Test
    @Covers("003-FR-011")
    void aRequiredServiceThatRefusesFailsNamingTheConnectionError() {
        int port = LoopbackServers.refusedPort();
        // 2s, not 500ms: on a loaded machine the last attempt must still end in the refusal, not in the deadline
        EngineExecutionResults results = Kit.run(jaegerRequiredOn(port, "2s"), TwoTestsTestCase.class);
        assertEveryTestFailedWith(results,
                expectedJaegerMessage(port, "2s", "ConnectException: Failed to connect to /127.0.0.1:" + port));
    }

    @Test
    @Covers("003-FR-010")
    void probesRunInParallelAndEachFailingServiceGetsItsOwnBlock() throws Exception {
        try (LoopbackServers.Stalling localstack = new LoopbackServers.Stalling();
                LoopbackServers.Stalling polaris = new LoopbackServers.Stalling();
                LoopbackServers.Answering jaeger = new LoopbackServers.Answering(200)) {
            Map<String, String> config = Kit.with(Kit.base(jaeger.port()),
                    "floe.services.localstack.host", "127.0.0.1", "floe.services.localstack.port", "" + localstack.port(),
                    "floe.services.localstack.timeout", "1s",
                    "floe.services.polaris.host", "127.0.0.1", "floe.services.polaris.port", "" + polaris.port(),
                    "floe.services.polaris.timeout", "1s");
            EngineExecutionResults results = Kit.run(config, StorageTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(1).failed(1));
            String message = Kit.failures(results).get(0).getMessage();
            assertThat(message).startsWith("2 required services are not healthy (profile storage, mode external):\n\n"
                    + "LocalStack is not healthy after 1s (profile storage, mode external).\n"
                    + "  expected: a signed S3 ListBuckets answered ListAllMyBucketsResult within 1s\n");
            assertThat(message).contains("  probe:    S3 ListBuckets (SigV4, region us-east-1, access key test) on http://127.0.0.1:"
                    + localstack.port() + "\n");
            assertThat(message).contains("\n\nPolaris is not healthy after 1s (profile storage, mode external).\n"
                    + "  expected: Iceberg REST GET /v1/config answered the catalog configuration within 1s\n")
                    .contains("  probe:    Iceberg REST GET http://127.0.0.1:" + polaris.port() + "/api/catalog/v1/config\n")
                    .contains("set floe.services.polaris.host and .port (or floe.services.polaris.url) to a running Polaris,");
            // Both probes held a connection at the same moment: each server accepted before the other's
            // connection was given up. Sequential probes could not overlap, however fast or slow the machine.
            assertThat(localstack.awaitClosed()).as("localstack's connection closed").isTrue();
            assertThat(polaris.awaitClosed()).as("polaris's connection closed").isTrue();
            assertThat(polaris.acceptedAtNanos.get(0)).as("polaris accepted before localstack's probe gave up")
                    .isLessThan(localstack.closedAtNanos.get(0));
            assertThat(localstack.acceptedAtNanos.get(0)).as("localstack accepted before polaris's probe gave up")
                    .isLessThan(polaris.closedAtNanos.get(0));
        }
    }

    @Test
    @Covers({ "003-FR-008", "003-FR-011" })
    void composeModeWithoutDockerFailsEveryTestWithFloesMessage() {
        EngineExecutionResults results = Kit.run(Map.of("floe.services.mode", "compose"), TwoTestsTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(2).failed(2).aborted(0).skipped(0));
        assertThat(Kit.failures(results)).allSatisfy(t -> assertThat(t)
                .hasMessageStartingWith("Cannot start floe's services for profile base: no Docker engine answers (mode compose).\n")
                .hasMessageContaining("set floe.services.mode=external"));
    }

    @Test
    @Covers("003-FR-004")
    void anIllFormedModeFailsEveryTestNamingKeyAndSource() {
        EngineExecutionResults results = Kit.run(Map.of("floe.services.mode", "sometimes"), TwoTestsTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(2).failed(2));
        assertThat(Kit.failures(results)).allSatisfy(t -> assertThat(t).hasMessage(
                "Invalid value 'sometimes' for floe.services.mode.\n"
                        + "  expected: one of external, compose, embedded, auto\n"
                        + "  found:    'sometimes'\n"
                        + "  where:    floe.services.mode (from JUnit configuration parameter floe.services.mode)\n"
                        + "  fix:      set floe.services.mode to one of external, compose, embedded, auto"));
    }

    @Test
    @Covers("003-FR-011")
    void nestedAndParameterizedTestsOfTheClassFailToo() {
        int port = LoopbackServers.refusedPort();
        EngineExecutionResults results = Kit.run(jaegerRequiredOn(port, "500ms"), NestedAndParameterizedTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(4).failed(4).succeeded(0).aborted(0).skipped(0));
        assertThat(Kit.failures(results)).hasSize(4).allSatisfy(t -> assertThat(t)
                .hasMessageStartingWith("Jaeger is not healthy after 500ms (profile base, mode external).\n"));
    }

    @Test
    @Covers("003-FR-011")
    void aComposedAnnotationCarriesItsProfile() {
        Map<String, String> config = Kit.with(Kit.base(LoopbackServers.refusedPort()),
                "floe.services.localstack.host", "127.0.0.1", "floe.services.localstack.port", "" + LoopbackServers.refusedPort(),
                "floe.services.localstack.timeout", "200ms", "floe.services.polaris.host", "127.0.0.1",
                "floe.services.polaris.port", "" + LoopbackServers.refusedPort(), "floe.services.polaris.timeout", "200ms");

        EngineExecutionResults results = Kit.run(config, ComposedAnnotationTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(Kit.failures(results).get(0))
                .hasMessageStartingWith("2 required services are not healthy (profile storage, mode external):\n\n");
    }

    @Test
    @Covers("003-FR-011")
    void aBeforeAllThatNeedsServicesFailsTheClassWithTheSameMessage() {
        int port = LoopbackServers.refusedPort();
        EngineExecutionResults results = Kit.run(jaegerRequiredOn(port, "500ms"), BeforeAllTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(0).skipped(0).aborted(0));
        results.containerEvents().assertStatistics(s -> s.failed(1).aborted(0));
        assertThat(Kit.failures(results)).singleElement().satisfies(t -> assertThat(t.getMessage()).startsWith(
                "Cannot inject DockerServices into parameter 'services' of start.\n"
                        + "  expected: GET / answered 2xx within 500ms\n"
                        + "  found:    Jaeger is not healthy after 500ms (profile base, mode external); found: ")
                .contains("\n  where:    parameter 'services' of start\n")
                .contains("\n  from:     127.0.0.1:" + port + " (floe.services.jaeger.host from ")
                .doesNotContain("follow the fix line")
                .containsPattern("\n  fix: +\\S"));
    }

    @FloeIntegration
    static class BeforeAllTestCase {

        @BeforeAll
        static void start(DockerServices services) {
        }

        @Test
        void one() {
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @FloeIntegration(profile = Profile.STORAGE)
    @interface StorageIntegrationTest {
    }

    @StorageIntegrationTest
    static class ComposedAnnotationTestCase {

        @Test
        void needsStorage(DockerServices services) {
        }
    }

    @FloeIntegration(profile = Profile.BASE)
    static class NestedAndParameterizedTestCase {

        @Test
        void plain() {
        }

        @ParameterizedTest
        @ValueSource(ints = { 1, 2 })
        void parameterized(int i) {
        }

        @Nested
        class Inner {

            @Test
            void nested(DockerServices services) {
            }
        }
    }

    @FloeIntegration(profile = Profile.BASE)
    static class TwoTestsTestCase {

        @Test
        void one(DockerServices services) {
        }

        @Test
        void two() {
        }
    }

    @FloeIntegration(profile = Profile.STORAGE)
    static class StorageTestCase {

        @Test
        void needsStorage(DockerServices services) {
        }
    }
}
