package dev.floe.examples.polaris;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.floe.testing.fixtures.services.Credentials;
import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.TestNamespace;
import dev.floe.testing.junit.FloeIntegration;
import dev.floe.testing.junit.traceability.Covers;

/**
 * Namespaces in a real Iceberg REST catalog (profile STORAGE): Polaris from docker compose (-Pdocker),
 * or Iceberg's own REST server from .ci/backends.sh (-Preal-servers).
 */
@FloeIntegration(profile = Profile.STORAGE)
class PolarisNamespaceIT {

    /** The catalog docker/polaris/init.sh creates. */
    static final String CATALOG = "floe";

    @Test
    @Covers("104-FR-004")
    void createsThePipelinesNamespaceWithTheGeneratedCredentials(DockerServices services, TestNamespace ns) throws Exception {
        Credentials polaris = services.credentials("polaris"); // polaris-init's polaris-credentials.env, or configuration
        URI catalogUri = services.url("polaris"); // the REST root: http://host:8181/api/catalog for Polaris

        PolarisNamespaces namespaces = PolarisNamespaces.signIn(catalogUri, CATALOG, polaris.id(), polaris.secret(), "PRINCIPAL_ROLE:ALL");
        namespaces.create(ns.icebergNamespace());

        assertThat(namespaces.list()).contains(ns.icebergNamespace());
    }
}
