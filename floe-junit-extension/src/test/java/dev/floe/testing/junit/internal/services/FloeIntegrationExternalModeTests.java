package dev.floe.testing.junit.internal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceUnavailableException;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/** BASE in external mode against the real PostgreSQL on 127.0.0.1:5432, Jaeger absent. */
class FloeIntegrationExternalModeTests {

    static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();

    @Test
    @Covers({ "003-FR-005", "003-FR-012", "003-FR-013" })
    void baseProfilePassesAgainstRealPostgresAndWarnsOnceAboutJaeger() {
        try (LogCapture logs = new LogCapture()) {
            EngineExecutionResults results = Kit.run(Kit.base(LoopbackServers.refusedPort()),
                    UsesPostgresTestCase.class, AlsoUsesPostgresTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0).aborted(0).skipped(0));
            List<String> warnings = logs.messages(Level.WARNING);
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).startsWith("Jaeger is optional and not available (profile base); tests go on without it.\n"
                    + "  probe:      GET http://127.0.0.1:");
            assertThat(logs.messages(Level.INFO)).filteredOn(m -> m.startsWith("floe services health check")).hasSize(1)
                    .allMatch(m -> m.contains("postgres healthy in "));
        }
    }

    @Test
    @Covers("003-FR-012")
    void anOptionalServiceMissingFromTwoProfilesOfOneRunIsWarnedAboutOnce() {
        try (LogCapture logs = new LogCapture(); LoopbackServers.Answering localstack = new LoopbackServers.Answering(200);
                LoopbackServers.Answering polaris = new LoopbackServers.Answering(200)) {
            Map<String, String> config = Kit.with(Kit.base(LoopbackServers.refusedPort()),
                    "floe.services.localstack.host", "127.0.0.1", "floe.services.localstack.port", "" + localstack.port(),
                    "floe.services.polaris.host", "127.0.0.1", "floe.services.polaris.port", "" + polaris.port());

            EngineExecutionResults results = Kit.run(config, AlsoUsesPostgresTestCase.class, StorageTestCase.class);

            results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
            assertThat(logs.messages(Level.INFO)).filteredOn(m -> m.startsWith("floe services health check"))
                    .extracting(m -> m.substring(0, m.indexOf(')') + 1))
                    .containsExactly("floe services health check (profile base, mode external)",
                            "floe services health check (profile storage, mode external)");
            assertThat(logs.messages(Level.WARNING)).hasSize(1).allMatch(m -> m.startsWith(
                    "Jaeger is optional and not available (profile base); tests go on without it.\n"));
        }
    }

    @FloeIntegration(profile = Profile.STORAGE)
    static class StorageTestCase {

        @Test
        void seesStorageWithoutJaeger(DockerServices services) {
            assertThat(services.isAvailable("localstack")).isTrue();
            assertThat(services.isAvailable("jaeger")).isFalse();
        }
    }

    @Test
    @Covers({ "003-FR-006", "003-FR-009" })
    void theRunsServicesLiveInTheRootStoreAndAreClosedWhenTheRunEnds() {
        java.util.logging.Logger provisionerLog = java.util.logging.Logger.getLogger(
                "dev.floe.testing.fixtures.services.internal.ServicesProvisioner");
        java.util.logging.Level before = provisionerLog.getLevel();
        provisionerLog.setLevel(Level.FINE);
        try (LogCapture logs = new LogCapture()) {
            Kit.run(Kit.base(LoopbackServers.refusedPort()), UsesPostgresTestCase.class, AlsoUsesPostgresTestCase.class)
                    .testEvents().assertStatistics(s -> s.succeeded(3));

            assertThat(logs.messages(Level.FINE)).containsExactly("Closing floe services of this run (1 health-check round(s))");
        }
        finally {
            provisionerLog.setLevel(before);
        }
    }

    @Test
    @Covers("003-FR-016")
    void eachTestGetsItsOwnNamespaceThatPostgresAcceptsAsASchema() {
        SEEN.clear();
        EngineExecutionResults results = Kit.run(Kit.base(LoopbackServers.refusedPort()), NamespaceTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        List<String> seen = List.copyOf(SEEN);
        assertThat(seen).hasSize(4); // beforeEach and test of each of the two tests
        assertThat(seen.get(0)).isEqualTo(seen.get(1)).matches(TestNamespace.FORM).matches("[a-z_]+_[0-9a-f]{32}");
        assertThat(seen.get(2)).isEqualTo(seen.get(3)).isNotEqualTo(seen.get(0));
    }

    @Test
    @Covers("003-FR-013")
    void resolversClaimOnlyTheirExactTypes() {
        EngineExecutionResults results = Kit.run(Kit.base(LoopbackServers.refusedPort()), OtherParameterTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(1).failed(1));
        assertThat(Kit.failures(results).get(0)).hasMessageStartingWith(
                "No ParameterResolver registered for parameter [dev.floe.testing.fixtures.services.Credentials credentials]");
    }

    @FloeIntegration(profile = Profile.BASE)
    static class UsesPostgresTestCase {

        @Test
        void runsSelectOneThroughTheInjectedJdbcUrl(DockerServices services) throws Exception {
            Credentials pg = services.credentials("postgres");
            assertThat(services.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
            try (Connection c = DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret());
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }

        @Test
        void tellsThatJaegerIsAbsent(DockerServices services) {
            assertThat(services.isAvailable("postgres")).isTrue();
            assertThat(services.isAvailable("jaeger")).isFalse();
            assertThat(services.endpoint("postgres").hostAndPort()).isEqualTo("127.0.0.1:5432");
            assertThatThrownBy(() -> services.endpoint("jaeger")).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageStartingWith("Jaeger (jaeger) is optional and not available in this run.\n")
                    .hasMessageContaining("check services.isAvailable(\"jaeger\") before using it");
            assertThatThrownBy(() -> services.endpoint("polaris"))
                    .hasMessage("Polaris (polaris) is not part of profile base; it comes with profile storage.\n"
                            + "  expected: a service of profile base: [postgres, jaeger]\n"
                            + "  found:    'polaris', of profile storage\n"
                            + "  where:    the profile of the test class: @FloeIntegration(profile = Profile.BASE)\n"
                            + "  fix:      use @FloeIntegration(profile = Profile.STORAGE).");
            String known = "[postgres, jaeger, localstack, polaris, trino, spark-iceberg, marquez, cube]";
            assertThatThrownBy(() -> services.endpoint("postgress")).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessage("Unknown service 'postgress'.\n"
                            + "  expected: one of floe's services " + known + "\n"
                            + "  found:    'postgress'\n"
                            + "  where:    the service name given to DockerServices (endpoint, url, credentials, isAvailable)\n"
                            + "  fix:      use one of " + known + ", the compose service names of docker/docker-compose.yml");
            assertThatThrownBy(() -> services.credentials(null)).isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageStartingWith("Unknown service null.\n  expected: one of floe's services " + known + "\n");
            assertThatThrownBy(() -> services.url(null)).hasMessageStartingWith("Unknown service null.\n");
            assertThat(services.isAvailable(null)).isFalse();
        }
    }

    @FloeIntegration
    static class AlsoUsesPostgresTestCase {

        @Test
        void seesTheSameServices(DockerServices services) {
            assertThat(services.profile()).isEqualTo(Profile.BASE);
            assertThat(services.toString()).isEqualTo(
                    "DockerServices[profile=base, mode=external, postgres=127.0.0.1:5432, jaeger=absent]");
        }
    }

    @Test
    @Covers("003-FR-016")
    void aNamespaceInjectedIntoTheConstructorIsStillOnePerTest() {
        SEEN.clear();
        EngineExecutionResults results = Kit.run(Kit.base(LoopbackServers.refusedPort()),
                ConstructorNamespaceTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates().allMatch(v -> v.matches(TestNamespace.FORM.pattern()));
    }

    @FloeIntegration
    static class ConstructorNamespaceTestCase {

        private final TestNamespace ns;

        ConstructorNamespaceTestCase(TestNamespace ns) {
            this.ns = ns;
        }

        @Test
        void first(TestNamespace fromParameter) {
            assertThat(fromParameter).isEqualTo(ns);
            SEEN.add(ns.value());
        }

        @Test
        void second() {
            SEEN.add(ns.value());
            assertThat(ns.value()).startsWith("second_");
        }
    }

    @FloeIntegration
    static class NamespaceTestCase {

        @BeforeEach
        void before(TestNamespace ns) {
            SEEN.add(ns.value());
        }

        @Test
        void first(TestNamespace ns, DockerServices services) throws Exception {
            SEEN.add(ns.value());
            createAndDropSchema(ns, services);
        }

        @Test
        void second(TestNamespace ns, DockerServices services) throws Exception {
            SEEN.add(ns.value());
            createAndDropSchema(ns, services);
            assertThat(ns.s3Prefix()).isEqualTo(ns.value() + "/");
            assertThat(ns.icebergNamespace()).isEqualTo(ns.schema()).isEqualTo(ns.toString());
        }

        private static void createAndDropSchema(TestNamespace ns, DockerServices services) throws Exception {
            Credentials pg = services.credentials("postgres");
            try (Connection c = DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret());
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + ns.schema());
                s.execute("CREATE TABLE " + ns.schema() + ".t (id int)");
                s.execute("DROP SCHEMA " + ns.schema() + " CASCADE");
            }
        }
    }

    @Test
    @Covers({ "003-FR-013", "003-FR-016", "004-FR-013" })
    void oneAnnotationInjectsServicesArtifactsAndANamespaceTogether() {
        SEEN.clear();
        EngineExecutionResults results = Kit.run(Kit.base(LoopbackServers.refusedPort()), EverythingInjectedTestCase.class);

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
        assertThat(SEEN).containsExactly("base", "duckdb");
    }

    @FloeIntegration
    static class EverythingInjectedTestCase {

        @Test
        void createsNamespace(DockerServices services, CompiledArtifacts artifacts, TestNamespace ns) {
            SEEN.add(services.profile().name().toLowerCase(java.util.Locale.ROOT));
            SEEN.add(artifacts.compute().target().toString().toLowerCase(java.util.Locale.ROOT));
            assertThat(ns.value()).matches(TestNamespace.FORM);
        }
    }

    @FloeIntegration
    static class OtherParameterTestCase {

        @Test
        void wantsCredentialsDirectly(Credentials credentials) {
        }
    }
}
