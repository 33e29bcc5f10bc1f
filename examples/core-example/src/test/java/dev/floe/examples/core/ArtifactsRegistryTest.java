package dev.floe.examples.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;
import io.opentelemetry.api.trace.TracerProvider;

/** The registry against a real PostgreSQL (profile BASE; external mode, see junit-platform.properties). */
@FloeIntegration(profile = Profile.BASE)
@FloeArtifacts(target = ComputeTarget.POSTGRES, variant = ArtifactsVariant.FULL)
class ArtifactsRegistryTest {

    private static Connection connect(DockerServices services) throws SQLException {
        Credentials pg = services.credentials("postgres");
        return DriverManager.getConnection(services.jdbcUrl(), pg.id(), pg.secret());
    }

    private static ArtifactsRegistry registry(Connection connection, TestNamespace ns) throws SQLException {
        return new ArtifactsRegistry(connection, ns.schema(), TracerProvider.noop().get("test"));
    }

    @Test
    @Covers("101-FR-001")
    void publishedArtifactsReadBackAsTheSameDocument(DockerServices services, CompiledArtifacts artifacts, TestNamespace ns)
            throws SQLException {
        try (Connection c = connect(services)) {
            ArtifactsRegistry registry = registry(c, ns);
            registry.publish("dev", artifacts.toJson());

            CompiledArtifacts back = CompiledArtifacts.parse(registry.current("dev").orElseThrow());
            assertThat(back).isEqualTo(artifacts);
            assertThat(back.toJsonTree()).isEqualTo(artifacts.toJsonTree());
        }
    }

    @Test
    @Covers("101-FR-002")
    void publishingAgainReplacesTheEarlierVersion(DockerServices services, CompiledArtifactsFactory factory, TestNamespace ns)
            throws SQLException {
        CompiledArtifacts first = factory.artifacts(ComputeTarget.DUCKDB, ArtifactsVariant.STANDALONE);
        CompiledArtifacts second = factory.artifacts(ComputeTarget.SPARK, ArtifactsVariant.POLARIS);
        try (Connection c = connect(services)) {
            ArtifactsRegistry registry = registry(c, ns);
            registry.publish("staging", first.toJson());
            registry.publish("staging", second.toJson());

            assertThat(registry.size()).isEqualTo(1);
            assertThat(CompiledArtifacts.parse(registry.current("staging").orElseThrow()).compute().target())
                    .isEqualTo(ComputeTarget.SPARK);
        }
    }

    @Test
    @Covers("101-FR-003")
    void registriesInOtherSchemasDoNotSeeEachOther(DockerServices services, CompiledArtifacts artifacts, TestNamespace ns)
            throws SQLException {
        TestNamespace other = TestNamespace.create("other_team");
        try (Connection c = connect(services)) {
            registry(c, ns).publish("prod", artifacts.toJson());
            ArtifactsRegistry theirs = registry(c, other);

            assertThat(theirs.current("prod")).isEmpty();
            assertThat(theirs.size()).isZero();
            assertThat(other.schema()).isNotEqualTo(ns.schema());
        }
    }
}
