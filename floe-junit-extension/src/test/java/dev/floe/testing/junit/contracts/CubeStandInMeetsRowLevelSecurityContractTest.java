package dev.floe.testing.junit.contracts;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.floe.testing.fixtures.artifacts.contracts.InvalidSecurityContextException;
import dev.floe.testing.junit.traceability.Covers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A loopback Cube stand-in that verifies tokens as Cube does meets the contract; a lax one fails it. */
@Covers("004-FR-030")
class CubeStandInMeetsRowLevelSecurityContractTest extends CubeStandInContractCase {

    CubeStandInMeetsRowLevelSecurityContractTest() {
        super(token -> {
            if (token == null) {
                return false;
            }
            try {
                CONTEXT.verify(token);
                return true;
            }
            catch (InvalidSecurityContextException e) {
                return false;
            }
        });
    }

    @Nested
    class WhenCubeOnlyChecksThatATokenIsPresent {

        @Test
        void theContractFailsEveryInvalidTokenCase() {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(LaxCubeTestCase.class)).execute().testEvents()
                    .assertStatistics(stats -> stats.started(6).succeeded(2).failed(4))
                    .assertThatEvents().haveExactly(1, event(test("rejectsAnExpiredToken"), finishedWithFailure(
                            message("Cube answered a query with an expired token ==> expected: <false> but was: <true>"))));
        }
    }

    static class LaxCubeTestCase extends CubeStandInContractCase {

        LaxCubeTestCase() {
            super(token -> token != null && !token.isEmpty());
        }
    }
}
