package dev.floe.testing.junit.contracts;

import java.util.function.Predicate;

import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import org.junit.jupiter.api.AfterEach;

/** The row-level security contract run against a loopback Cube stand-in that accepts the tokens {@code accepts} accepts. */
abstract class CubeStandInContractCase implements CubeRowLevelSecurityContract {

    static final CubeSecurityContext CONTEXT = CubeSecurityContext.withApiSecret(
            "a-cube-api-secret-that-is-long-enough-for-hs256", "organization_id");

    private final CubeStandIn cube;

    CubeStandInContractCase(Predicate<String> accepts) {
        this.cube = new CubeStandIn(accepts);
    }

    @AfterEach
    void stop() {
        cube.close();
    }

    @Override
    public CubeSecurityContext securityContext() {
        return CONTEXT;
    }

    @Override
    public boolean queryAccepted(String token) {
        return cube.load(token) == 200;
    }
}
