package dev.floe.testing.junit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.fixtures.artifacts.contracts.CubeSecurityContext;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfileGenerator;
import dev.floe.testing.fixtures.artifacts.contracts.DbtProfiles;
import dev.floe.testing.fixtures.artifacts.contracts.InvalidSecurityContextException;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.junit.traceability.internal.CoversAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * A consumer package traces the inherited contract tests to its own requirements: the ids the run
 * records for each test (read as floe's run listener reads them, from the test's class and method)
 * are exactly the implementing class's, never one of the library's own {@code 004-} ids.
 */
class ContractTestsTraceToTheImplementersIdsTest {

    @Test
    @Covers({ "004-FR-027", "004-FR-028" })
    void everyDbtProfileContractTestTracesToTheConsumersIds() {
        assertThat(idsByTest(ConsumerDbtProfilesTestCase.class))
                .hasSize(21)
                .allSatisfy((test, ids) -> assertThat(ids).as(test).containsExactly("102-FR-001", "102-FR-002"));
    }

    @Test
    @Covers("004-FR-027")
    void anOverriddenContractTestAddsItsOwnIdsAndRunsOnce() {
        Map<String, List<String>> ids = idsByTest(ConsumerTracingOneTestTestCase.class);

        assertThat(ids).hasSize(21).allSatisfy((test, covered) -> assertThat(covered).as(test).containsExactly(
                test.startsWith("neverInlinesASecret ") ? new String[] { "102-FR-001", "102-FR-002" }
                        : new String[] { "102-FR-001" }));
        assertThat(ids.keySet()).filteredOn(test -> test.startsWith("neverInlinesASecret ")).hasSize(7);
    }

    @Test
    @Covers("004-FR-029")
    void everyReaderContractTestTracesToTheConsumersIds() {
        assertThat(idsByTest(ConsumerReaderTestCase.class))
                .hasSize(14)
                .allSatisfy((test, ids) -> assertThat(ids).as(test).containsExactly("107-FR-002"));
    }

    @Test
    @Covers("004-FR-030")
    void everyCubeContractTestTracesToTheConsumersIds() {
        assertThat(idsByTest(ConsumerCubeTestCase.class))
                .hasSize(6)
                .allSatisfy((test, ids) -> assertThat(ids).as(test).containsExactly("105-FR-005"));
    }

    /** Runs {@code testClass}, checks every test passed, and returns the ids the run records per test (by unique id). */
    private static Map<String, List<String>> idsByTest(Class<?> testClass) {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
        events.assertStatistics(stats -> stats.failed(0).aborted(0).skipped(0));
        Map<String, List<String>> ids = new TreeMap<>();
        for (Event started : events.started().list()) {
            TestDescriptor test = started.getTestDescriptor();
            MethodSource source = (MethodSource) test.getSource().orElseThrow();
            assertThat(source.getJavaClass()).isEqualTo(testClass);
            ids.put(source.getMethodName() + " " + test.getDisplayName(),
                    CoversAnnotations.idsFor(source.getJavaClass(), source.getJavaMethod()));
        }
        return ids;
    }

    @Covers({ "102-FR-001", "102-FR-002" })
    static class ConsumerDbtProfilesTestCase implements DbtProfileGeneratorContract {
        @Override
        public DbtProfileGenerator generator() {
            return DbtProfiles.generator(profileName());
        }
    }

    @Covers("102-FR-001")
    static class ConsumerTracingOneTestTestCase implements DbtProfileGeneratorContract {
        @Override
        public DbtProfileGenerator generator() {
            return DbtProfiles.generator(profileName());
        }

        @Override
        @ParameterizedTest(name = "{0}")
        @EnumSource(ComputeTarget.class)
        @Covers("102-FR-002")
        public void neverInlinesASecret(ComputeTarget target) {
            DbtProfileGeneratorContract.super.neverInlinesASecret(target);
        }
    }

    @Covers("107-FR-002")
    static class ConsumerReaderTestCase implements CompiledArtifactsReaderContract {
        @Override
        public String roundTrip(String json) {
            return CompiledArtifacts.parse(json).toJson();
        }
    }

    @Covers("105-FR-005")
    static class ConsumerCubeTestCase implements CubeRowLevelSecurityContract {
        @Override
        public CubeSecurityContext securityContext() {
            return CubeStandInMeetsRowLevelSecurityContractTest.CONTEXT;
        }

        @Override
        public boolean queryAccepted(String token) {
            if (token == null) {
                return false;
            }
            try {
                securityContext().verify(token);
                return true;
            }
            catch (InvalidSecurityContextException e) {
                return false;
            }
        }
    }
}
