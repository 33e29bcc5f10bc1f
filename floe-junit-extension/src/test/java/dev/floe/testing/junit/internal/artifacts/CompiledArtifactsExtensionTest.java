package dev.floe.testing.junit.internal.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.floe.testing.fixtures.artifacts.ArtifactsVariant;
import dev.floe.testing.fixtures.artifacts.CompiledArtifacts;
import dev.floe.testing.fixtures.artifacts.CompiledArtifactsFactory;
import dev.floe.testing.fixtures.artifacts.ComputeTarget;
import dev.floe.testing.junit.FloeArtifacts;
import dev.floe.testing.junit.traceability.Covers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class CompiledArtifactsExtensionTest {

    /** What the fixture tests received, as "target/variant". */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @Test
    @Covers("004-FR-013")
    void injectsStandaloneDuckDbArtifactsWithoutAnAnnotation() {
        execute(DefaultTestCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN).containsExactly("duckdb/standalone");
    }

    @Test
    @Covers("004-FR-013")
    void takesTargetAndVariantFromTheNearestAnnotation() {
        execute(AnnotatedTestCase.class).assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(SEEN).containsExactlyInAnyOrder("snowflake/polaris", "postgres/full", "spark/cube");
    }

    @Test
    @Covers("004-FR-013")
    void registersItselfFromAParameterAnnotationAlone() {
        execute(ParameterOnlyTestCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN).containsExactly("bigquery/cube");
    }

    @Test
    @Covers("004-FR-013")
    void appliesAnEnclosingClassAnnotationToNestedTests() {
        execute(OuterTestCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN).containsExactly("databricks/full");
    }

    @Test
    @Covers("004-FR-014")
    void givesAParameterizedTestOverEveryTargetTheArtifactsOfThatTarget() {
        execute(EveryTargetTestCase.class).assertStatistics(stats -> stats.started(7).succeeded(7));

        assertThat(SEEN).containsExactlyInAnyOrder("duckdb/cube", "snowflake/cube", "bigquery/cube", "redshift/cube",
                "databricks/cube", "postgres/cube", "spark/cube");
    }

    @Test
    @Covers("004-FR-014")
    void givesEachInvocationOfAParameterizedClassItsTarget() {
        execute(EveryTargetClassTestCase.class).assertStatistics(stats -> stats.started(7).succeeded(7));

        assertThat(SEEN).hasSize(7).allMatch(seen -> seen.endsWith("/polaris"));
    }

    @Test
    @Covers("004-FR-013")
    void injectsTheFactory() {
        execute(FactoryTestCase.class).assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(SEEN).containsExactly("bigquery/production");
    }

    @Test
    @Covers("004-FR-015")
    void readsTheDefaultTargetAndVariantFromConfiguration() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(DefaultTestCase.class))
                .configurationParameter(FloeArtifacts.TARGET_PROPERTY_NAME, "Redshift")
                .configurationParameter(FloeArtifacts.VARIANT_PROPERTY_NAME, "polaris")
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat(SEEN).containsExactly("redshift/polaris");
    }

    @Test
    @Covers("004-FR-015")
    void failsNamingParameterKeySourceAndAcceptedValuesForABadConfiguredTarget() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(DefaultTestCase.class))
                .configurationParameter(FloeArtifacts.TARGET_PROPERTY_NAME, "oracle")
                .execute().testEvents()
                .assertStatistics(stats -> stats.failed(1))
                .assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ParameterResolutionException.class),
                        message(m -> m.equals("""
                                Cannot inject CompiledArtifacts into parameter 'artifacts' of receives.
                                  expected: one of duckdb, snowflake, bigquery, redshift, databricks, postgres, spark
                                  found:    Invalid value 'oracle' for floe.artifacts.target; found: 'oracle'
                                  where:    parameter 'artifacts' of receives
                                  from:     floe.artifacts.target (from JUnit configuration parameter floe.artifacts.target)
                                  fix:      set floe.artifacts.target to one of duckdb, snowflake, bigquery, redshift, \
                                databricks, postgres, spark"""))));
    }

    @Test
    @Covers("004-FR-013")
    void claimsOnlyItsOwnTypes() {
        execute(OtherTypeTestCase.class)
                .assertStatistics(stats -> stats.failed(1))
                .assertThatEvents().haveExactly(1, finishedWithFailure(instanceOf(ParameterResolutionException.class),
                        message(m -> m.startsWith("No ParameterResolver registered for parameter [java.lang.String"))));
    }

    private static Events execute(Class<?> testCase) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase)).execute().testEvents();
    }

    private static void record(CompiledArtifacts artifacts, ArtifactsVariant variant) {
        SEEN.add(artifacts.compute().target().value() + "/" + variant.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Identifies the variant of factory-made artifacts by comparing with the factory's output. */
    private static ArtifactsVariant variantOf(CompiledArtifacts artifacts) {
        for (ArtifactsVariant variant : ArtifactsVariant.values()) {
            if (CompiledArtifactsFactory.create().artifacts(artifacts.compute().target(), variant).equals(artifacts)) {
                return variant;
            }
        }
        throw new AssertionError("not a factory variant: " + artifacts);
    }

    @ExtendWith(CompiledArtifactsExtension.class)
    static class DefaultTestCase {
        @Test
        void receives(CompiledArtifacts artifacts) {
            record(artifacts, variantOf(artifacts));
        }
    }

    @FloeArtifacts(target = ComputeTarget.SNOWFLAKE, variant = ArtifactsVariant.POLARIS)
    static class AnnotatedTestCase {
        @Test
        void fromClass(CompiledArtifacts artifacts) {
            record(artifacts, variantOf(artifacts));
        }

        @Test
        @FloeArtifacts(target = ComputeTarget.POSTGRES, variant = ArtifactsVariant.FULL)
        void fromMethod(CompiledArtifacts artifacts) {
            record(artifacts, variantOf(artifacts));
        }

        @Test
        @FloeArtifacts(target = ComputeTarget.POSTGRES, variant = ArtifactsVariant.FULL)
        void fromParameter(@FloeArtifacts(target = ComputeTarget.SPARK, variant = ArtifactsVariant.CUBE)
                CompiledArtifacts artifacts) {
            record(artifacts, variantOf(artifacts));
        }
    }

    @FloeArtifacts(variant = ArtifactsVariant.CUBE)
    static class EveryTargetTestCase {
        @ParameterizedTest
        @EnumSource(ComputeTarget.class)
        void everyTarget(ComputeTarget target, CompiledArtifacts artifacts) {
            assertThat(artifacts.compute().target()).isEqualTo(target);
            record(artifacts, variantOf(artifacts));
        }
    }

    static class ParameterOnlyTestCase {
        @Test
        void onlyTheParameter(@FloeArtifacts(target = ComputeTarget.BIGQUERY, variant = ArtifactsVariant.CUBE)
                CompiledArtifacts artifacts) {
            record(artifacts, variantOf(artifacts));
        }
    }

    @FloeArtifacts(target = ComputeTarget.DATABRICKS, variant = ArtifactsVariant.FULL)
    static class OuterTestCase {
        @org.junit.jupiter.api.Nested
        class Inner {
            @Test
            void nested(CompiledArtifacts artifacts) {
                record(artifacts, variantOf(artifacts));
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedClass
    @EnumSource(ComputeTarget.class)
    @FloeArtifacts(variant = ArtifactsVariant.POLARIS)
    static class EveryTargetClassTestCase {
        @org.junit.jupiter.params.Parameter
        ComputeTarget target;

        @Test
        void perTarget(CompiledArtifacts artifacts) {
            assertThat(artifacts.compute().target()).isEqualTo(target);
            record(artifacts, variantOf(artifacts));
        }
    }

    @ExtendWith(CompiledArtifactsExtension.class)
    static class FactoryTestCase {
        @Test
        void usesFactory(CompiledArtifactsFactory factory) {
            CompiledArtifacts artifacts = factory.artifacts(ComputeTarget.BIGQUERY, ArtifactsVariant.PRODUCTION);
            record(artifacts, variantOf(artifacts));
        }
    }

    @ExtendWith(CompiledArtifactsExtension.class)
    static class OtherTypeTestCase {
        @Test
        void wantsAString(String notOurs) {
        }
    }
}
