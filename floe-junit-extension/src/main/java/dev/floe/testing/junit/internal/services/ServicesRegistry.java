package dev.floe.testing.junit.internal.services;

import java.util.Optional;
import java.util.function.Function;

import dev.floe.testing.fixtures.services.DockerServices;
import dev.floe.testing.fixtures.services.FloeServices;
import dev.floe.testing.fixtures.services.Profile;
import dev.floe.testing.fixtures.services.ServiceUnavailableException;

/**
 * The run-wide holder of floe's services, kept in the root extension context's store so JUnit
 * closes it (stopping a compose stack) when the run ends.
 */
final class ServicesRegistry implements AutoCloseable {

    private final FloeServices services;

    ServicesRegistry(Function<String, Optional<String>> configurationParameters) {
        this.services = FloeServices.start(configurationParameters);
    }

    DockerServices services(Profile profile) {
        return services.provision(profile);
    }

    /** Which mode served each service of {@code profile}, on one line. */
    String servedBy(Profile profile) {
        return services.servedBy(profile);
    }

    /** A required service of {@code profile} that stopped answering since its health check, as the failure to report. */
    Optional<ServiceUnavailableException> recheck(Profile profile) {
        return services.recheck(profile);
    }

    @Override
    public void close() {
        services.close();
    }
}
