package dev.floe.testing.traceability.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;

public class CoversDiscoveryTest {

    public static final Map<String, String> SOURCES = Map.of(
            "fx/ClassLevelTest.java", """
                    package fx;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    @Covers("004-FR-003")
                    class ClassLevelTest {
                        @Test void dropsTables() {}
                        @Test @Covers("004-FR-004") void renamesToo() {}
                        void helper() {}
                    }
                    """,
            "fx/Renames.java", """
                    package fx;
                    import java.lang.annotation.*;
                    import dev.floe.testing.junit.traceability.Covers;
                    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @Covers("004-FR-004")
                    @interface Renames {}
                    """,
            "fx/MetaTest.java", """
                    package fx;
                    import org.junit.jupiter.api.Test;
                    import org.junit.jupiter.params.ParameterizedTest;
                    import org.junit.jupiter.params.provider.ValueSource;
                    class MetaTest {
                        @Test @Renames void renames() {}
                        @Test void plain() {}
                        @ParameterizedTest @ValueSource(strings = "a") @Renames void each(String value) {}
                    }
                    """,
            "fx/OuterTest.java", """
                    package fx;
                    import org.junit.jupiter.api.Nested;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    @Covers("004-FR-001")
                    class OuterTest {
                        @Nested class Inner { @Test @Covers("004-FR-002") void creates() {} }
                        static class Helper { @Test @Covers("004-FR-002") void notRunBySurefire() {}
                            @Nested class InsideAFixture { @Test @Covers("004-FR-002") void notRunEither() {} } }
                        class NotNested { @Test @Covers("004-FR-002") void notATestClass() {} }
                    }
                    """,
            "fx/BaseTest.java", """
                    package fx;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    abstract class BaseTest { @Test @Covers("005-FR-001") void inherited() {} }
                    """,
            "fx/ConcreteTest.java", """
                    package fx;
                    class ConcreteTest extends BaseTest {}
                    """,
            "fx/Contract.java", """
                    package fx;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    interface Contract { @Test @Covers("005-FR-001") default void honoursTheContract() {}
                        @Test void abstractOnesAreNotRun(); }
                    """,
            "fx/WiderContract.java", """
                    package fx;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    interface WiderContract extends Contract { @Test @Covers("004-FR-001") default void widens() {} }
                    """,
            "fx/ContractTest.java", """
                    package fx;
                    class ContractTest implements WiderContract { @Override public void abstractOnesAreNotRun() {} }
                    """);

    @TempDir
    Path root;

    private Path classes;

    @BeforeEach
    void compile() {
        FixtureBuild.in(root);
        classes = TestClassCompiler.compile(root.resolve("floe-storage"), SOURCES);
    }

    @Test
    @Covers("006-FR-008")
    void findsCoveringTestsOnMethodsClassesEnclosingClassesSuperclassesInterfacesAndMetaAnnotations() {
        List<DiscoveredTest> found = CoversDiscovery.scan(List.of(classes), root);

        assertThat(found).extracting(DiscoveredTest::testId, DiscoveredTest::coveredIds).containsExactly(
                tuple("floe-storage/src/test/java/fx/ClassLevelTest.java::ClassLevelTest::dropsTables",
                        List.of("004-FR-003")),
                tuple("floe-storage/src/test/java/fx/ClassLevelTest.java::ClassLevelTest::renamesToo",
                        List.of("004-FR-003", "004-FR-004")),
                tuple("floe-storage/src/test/java/fx/ConcreteTest.java::ConcreteTest::inherited",
                        List.of("005-FR-001")),
                tuple("floe-storage/src/test/java/fx/ContractTest.java::ContractTest::honoursTheContract",
                        List.of("005-FR-001")),
                tuple("floe-storage/src/test/java/fx/ContractTest.java::ContractTest::widens", List.of("004-FR-001")),
                tuple("floe-storage/src/test/java/fx/MetaTest.java::MetaTest::each(String)", List.of("004-FR-004")),
                tuple("floe-storage/src/test/java/fx/MetaTest.java::MetaTest::renames", List.of("004-FR-004")),
                tuple("floe-storage/src/test/java/fx/OuterTest.java::OuterTest.Inner::creates",
                        List.of("004-FR-001", "004-FR-002")));
        assertThat(found).allSatisfy(t -> {
            assertThat(t.module()).isEqualTo("floe-storage");
            assertThat(t.javaPackage()).isEqualTo("fx");
        });
        assertThat(found).filteredOn(t -> t.methodName().equals("creates")).singleElement()
                .extracting(DiscoveredTest::className).isEqualTo("fx.OuterTest$Inner");
    }

    @Test
    @Covers("006-FR-009")
    void testsThatRanAreNotReportedAsNotRun() {
        List<DiscoveredTest> found = CoversDiscovery.scan(List.of(classes), root);
        TestResult ran = TestResult.builder().withTestId("x::ClassLevelTest::dropsTables")
                .withClassName("fx.ClassLevelTest").withMethodName("dropsTables").withDisplayName("dropsTables()")
                .withModule("floe-storage").withJavaPackage("fx").withCoveredIds("004-FR-003")
                .withOutcome(TestOutcome.PASSED).withDurationMs(1).build();

        List<TestResult> notRun = CoversDiscovery.notRun(found, List.of(ran));

        assertThat(notRun).hasSize(found.size() - 1).allSatisfy(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.NOT_RUN);
            assertThat(t.message()).startsWith("not run: found in the compiled test classes");
        });
        assertThat(notRun).extracting(TestResult::methodName).doesNotContain("dropsTables");
    }

    @Test
    @Covers("006-FR-008")
    void ignoresFoldersThatDoNotExist() {
        assertThat(CoversDiscovery.scan(List.of(root.resolve("nowhere/target/test-classes")), root)).isEmpty();
    }
}
