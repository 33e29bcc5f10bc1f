package dev.floe.testing.junit.internal.services;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.internal.ProvisionedServices;
import dev.floe.testing.fixtures.services.internal.ServicesProvisioner;

/**
 * The run-wide holder of floe's services, kept in the root extension context's store so JUnit
 * closes it (stopping a compose stack) when the run ends.
 */
final class ServicesRegistry implements AutoCloseable {

    private final ServicesProvisioner provisioner;

    ServicesRegistry(FloeConfiguration config) {
        this.provisioner = ServicesProvisioner.create(config);
    }

    ProvisionedServices services(Profile profile) {
        return provisioner.provision(profile);
    }

    /** A required service of {@code profile} that stopped answering since its health check, as the failure to report. */
    java.util.Optional<dev.floe.testing.fixtures.services.ServiceUnavailableException> recheck(Profile profile) {
        return provisioner.recheck(profile);
    }

    int healthCheckRounds() {
        return provisioner.healthCheckRounds();
    }

    @Override
    public void close() {
        provisioner.close();
    }
}
