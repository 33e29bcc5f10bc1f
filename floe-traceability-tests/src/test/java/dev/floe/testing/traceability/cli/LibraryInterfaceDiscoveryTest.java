package dev.floe.testing.traceability.cli;

import static dev.floe.testing.traceability.merge.FixtureBuild.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.discovery.TestClassCompiler;
import dev.floe.testing.traceability.merge.FixtureBuild;
import dev.floe.testing.traceability.result.TestOutcome;

/** A test class whose {@code @Test} methods come from a contract interface compiled into a library jar. */
class LibraryInterfaceDiscoveryTest {

    /** The library: a contract with a superinterface, and a test class of its own that must never be reported. */
    static final Map<String, String> LIBRARY = Map.of(
            "lib/BaseContract.java", """
                    package lib;
                    import org.junit.jupiter.api.Test;
                    public interface BaseContract {
                        @Test default void startsClean() {}
                    }
                    """,
            "lib/StorageContract.java", """
                    package lib;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    public interface StorageContract extends BaseContract {
                        @Test @Covers("005-FR-001") default void honoursStorage() {}
                        default void helper() {}
                    }
                    """,
            "lib/LibraryOwnTest.java", """
                    package lib;
                    import org.junit.jupiter.api.Test;
                    import dev.floe.testing.junit.traceability.Covers;
                    @Covers("004-FR-003")
                    public class LibraryOwnTest {
                        @Test void notTheUsersTest() {}
                    }
                    """);

    static final Map<String, String> USER = Map.of("fx/StorageIT.java", """
            package fx;
            import dev.floe.testing.junit.traceability.Covers;
            @Covers("004-FR-002")
            class StorageIT implements lib.StorageContract {
            }
            """);

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    Path jar;
    Path classes;

    @BeforeEach
    void compile() {
        FixtureBuild.in(root);
        Path libraryClasses = TestClassCompiler.compile(elsewhere.resolve("contracts"), LIBRARY);
        jar = TestClassCompiler.jar(libraryClasses, elsewhere.resolve("contracts.jar"));
        classes = TestClassCompiler.compile(root.resolve("floe-core"), USER, List.of(jar));
    }

    @Test
    @Covers("006-FR-008")
    void findsTestMethodsInheritedFromAnInterfaceInALibraryJarButNotTheLibrarysOwnTests() {
        List<DiscoveredTest> found = CoversDiscovery.scan(List.of(classes), List.of(jar), root);

        assertThat(found).extracting(DiscoveredTest::testId, DiscoveredTest::coveredIds).containsExactly(
                tuple("floe-core/src/test/java/fx/StorageIT.java::StorageIT::honoursStorage",
                        List.of("004-FR-002", "005-FR-001")),
                tuple("floe-core/src/test/java/fx/StorageIT.java::StorageIT::startsClean", List.of("004-FR-002")));
        assertThat(found).extracting(DiscoveredTest::className).containsOnly("fx.StorageIT");
        assertThat(CoversDiscovery.scan(List.of(classes), root)).isEmpty();
    }

    @Test
    @Covers({"006-FR-008", "006-FR-009"})
    void theCommandLineReadsTheClasspathOptionForInheritedTests() {
        FixtureBuild.in(root).module("floe-core", TraceabilityCliTest.T,
                result("floe-core", "lists", TestOutcome.PASSED, "004-FR-001"));
        Path out = root.resolve("merged");

        CliRun run = CliRun.of("--root", root.toString(), "--out", out.toString(), "--feature", "004",
                "--classpath", elsewhere.resolve("missing.jar") + File.pathSeparator + jar);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 of them not run (found in compiled test classes)",
                "  004-FR-002 partial(not_run) P1  tests 2 (0 passed, 0 failed, 2 not run)",
                "      not_run  floe-core/src/test/java/fx/StorageIT.java::StorageIT::honoursStorage")
                .doesNotContain("LibraryOwnTest");
        assertThat(CliRun.of("--root", root.toString(), "--out", out.toString(), "--feature", "004").out())
                .contains("  004-FR-002 uncovered");
    }
}
