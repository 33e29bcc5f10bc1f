package dev.floe.testing.traceability.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.junit.traceability.internal.TestMethodScanner;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.merge.FixtureBuild;

/**
 * The listener's scan (reflection) and the static discovery (class files) count the same methods as tests: a
 * test of theirs that did not run is then reported the same way by the run and by the Maven goals.
 */
class TestMethodRuleTest {

    private static final Map<String, String> SOURCES = Map.of(
            "rule/IntegrationTest.java", """
                    package rule;
                    import java.lang.annotation.*;
                    import org.junit.jupiter.api.Test;
                    @Retention(RetentionPolicy.RUNTIME) @Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE }) @Test
                    @interface IntegrationTest {}
                    """,
            "rule/SlowIntegrationTest.java", """
                    package rule;
                    import java.lang.annotation.*;
                    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @IntegrationTest
                    @interface SlowIntegrationTest {}
                    """,
            "rule/Base.java", """
                    package rule;
                    import org.junit.jupiter.api.Test;
                    abstract class Base { @Test void inherited() {} }
                    """,
            "rule/Contract.java", """
                    package rule;
                    import org.junit.jupiter.api.Test;
                    interface Contract { @Test default void contract() {} }
                    """,
            "rule/AllKindsTest.java", """
                    package rule;
                    import java.util.stream.Stream;
                    import org.junit.jupiter.api.*;
                    import org.junit.jupiter.params.ParameterizedTest;
                    import org.junit.jupiter.params.provider.ValueSource;
                    import org.junit.platform.commons.annotation.Testable;
                    import dev.floe.testing.junit.traceability.Covers;
                    @Covers("002-FR-028")
                    class AllKindsTest extends Base implements Contract {
                        @Test void plain() {}
                        @ParameterizedTest @ValueSource(strings = "a") void each(String value) {}
                        @RepeatedTest(2) void repeated() {}
                        @TestFactory Stream<DynamicTest> factory() { return Stream.empty(); }
                        @TestTemplate void template() {}
                        @Testable void testable() {}
                        @IntegrationTest void custom() {}
                        @SlowIntegrationTest void deep() {}
                        @Deprecated void annotatedButNoTest() {}
                        void helper() {}
                        @Test private void privateOne() {}
                        @Test static void staticOne() {}
                        @Nested class Inner { @Test void inner() {} }
                        static class Fixture { @Test void notRunBySurefire() {} }
                    }
                    """);

    @TempDir
    Path root;

    private Path classes;

    @BeforeEach
    void compile() {
        FixtureBuild.in(root);
        classes = TestClassCompiler.compile(root.resolve("floe-core"), SOURCES);
    }

    @Test
    @Covers("002-FR-028")
    void theListenersScanAndTheStaticDiscoveryCountTheSameMethodsAsTests() {
        Set<String> scanned = TestMethodScanner.testMethodsIn(Set.of(classes), getClass().getClassLoader());
        List<String> discovered = CoversDiscovery.scan(List.of(classes), root).stream().map(DiscoveredTest::key)
                .toList();

        assertThat(scanned).containsExactlyInAnyOrder("rule.AllKindsTest#plain", "rule.AllKindsTest#each",
                "rule.AllKindsTest#repeated", "rule.AllKindsTest#factory", "rule.AllKindsTest#template",
                "rule.AllKindsTest#testable", "rule.AllKindsTest#custom", "rule.AllKindsTest#deep",
                "rule.AllKindsTest#inherited", "rule.AllKindsTest#contract", "rule.AllKindsTest$Inner#inner");
        assertThat(discovered).containsExactlyInAnyOrderElementsOf(scanned);
    }
}
