package dev.floe.testing.junit.traceability.internal;

import static dev.floe.testing.traceability.testing.MatrixLookups.test;
import static dev.floe.testing.traceability.testing.MatrixLookups.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.RequirementCoverage;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.testing.Schemas;

/**
 * A class whose tests pass and whose tear-down then fails makes JUnit fail the run: the reports must not show
 * that class, and what it covers, green. Each case runs fixture classes through a real launcher.
 */
class ClassFailingAfterItsTestsTest {

    static class AfterAllFailsTestCase {

        @AfterAll
        static void tearDown() {
            throw new IllegalStateException("cleanup failed: table still locked");
        }

        @Test
        @Covers("900-FR-001")
        void passes() {
        }

        @Test
        @Covers("900-FR-002")
        void failsItself() {
            throw new AssertionError("expected <1> but was <2>");
        }

        @Test
        @SkipIt("not today")
        @Covers("900-FR-003")
        void skipped() {
        }

        @Nested
        class Inner {
            @Test
            @Covers("900-FR-004")
            void insidePasses() {
            }
        }
    }

    /** An extension whose {@code afterAll} fails an assertion, as a container check would. */
    static class FailingAfterAll implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            throw new AssertionError("2 connections left open");
        }
    }

    @ExtendWith(FailingAfterAll.class)
    static class ExtensionAfterAllFailsTestCase {
        @Test
        @Covers("900-FR-001")
        void passes() {
        }
    }

    static class AfterAllPassesTestCase {
        @AfterAll
        static void tearDown() {
        }

        @Test
        @Covers("900-FR-001")
        void passes() {
        }
    }

    static class AfterAllAbortsTestCase {
        @AfterAll
        static void tearDown() {
            throw new TestAbortedException("no cleanup needed here");
        }

        @Test
        @Covers("900-FR-001")
        void passes() {
        }
    }

    static class BeforeAllFailsTestCase {
        @BeforeAll
        static void setUp() {
            throw new IllegalStateException("database unreachable");
        }

        @Test
        @Covers("900-FR-001")
        void neverRuns() {
        }
    }

    @Test
    @Covers("002-FR-029")
    void testsThatPassedBeforeTheirClassFailedInAfterAllShowItsFailureInEveryReport(@TempDir Path out)
            throws Exception {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002", "FR-003", "FR-004"));

        runs.run(List.of(selectClass(AfterAllFailsTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        String failure = "passed, but ClassFailingAfterItsTestsTest$AfterAllFailsTestCase failed: "
                + "IllegalStateException: cleanup failed: table still locked";
        assertThat(matrix.tests()).extracting(t -> t.testId().substring(t.testId().lastIndexOf("::") + 2),
                TestResult::outcome, TestResult::message).containsExactlyInAnyOrder(
                        tuple("passes", TestOutcome.ERRORED, failure),
                        tuple("insidePasses", TestOutcome.ERRORED, failure),
                        tuple("failsItself", TestOutcome.FAILED, "expected <1> but was <2>"),
                        tuple("skipped", TestOutcome.SKIPPED, "not today"));
        assertThat(test(matrix, "::passes").stackTrace())
                .startsWith("java.lang.IllegalStateException: cleanup failed: table still locked\n\tat ")
                .contains("AfterAllFailsTestCase.tearDown(");
        assertThat(test(matrix, "::failsItself").stackTrace()).contains("AfterAllFailsTestCase.failsItself(");
        assertThat(List.of(row(matrix, "900-FR-001"), row(matrix, "900-FR-004")))
                .extracting(RequirementCoverage::status, RequirementCoverage::partialKind)
                .containsOnly(tuple(CoverageStatus.PARTIAL, PartialKind.FAILING));
        assertThat(row(matrix, "900-FR-003").partialKind()).isEqualTo(PartialKind.NOT_RUN);

        String markdown = Files.readString(out.resolve("traceability.md"));
        assertThat(markdown).contains("**0 of 4 requirements covered (0.0%), 3 failing, 1 not run")
                .contains("### Failing requirements (3)")
                .containsPattern("\\| `900-FR-001` \\| [^\n]*::passes` error: passed, but [^\n]*table still locked \\|");
        assertThat(Files.readString(out.resolve("index.html"))).contains("cleanup failed: table still locked");
        String testReport = Files.readString(out.resolve("test-report.json"));
        String matrixJson = Files.readString(out.resolve("traceability-matrix.json"));
        Schemas.assertValid("test-report.schema.json", testReport);
        Schemas.assertValid("traceability-matrix.schema.json", matrixJson);
        assertThat(testReport).contains("\"error_message\" : \"" + failure + "\"").doesNotContain("\"passed\"");
        assertThat(matrixJson).contains("\"partial_kind\" : \"failing\"");
    }

    @Test
    @Covers("002-FR-029")
    void anExtensionsFailingAfterAllAssertionFailsThePassedTests(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(ExtensionAfterAllFailsTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(test(matrix, "::passes")).extracting(TestResult::outcome, TestResult::message).containsExactly(
                TestOutcome.FAILED,
                "passed, but ClassFailingAfterItsTestsTest$ExtensionAfterAllFailsTestCase failed: AssertionError: 2 connections left open");
        assertThat(row(matrix, "900-FR-001").partialKind()).isEqualTo(PartialKind.FAILING);
    }

    @Test
    @Covers("002-FR-029")
    void aPassingOrAbortedAfterAllLeavesPassedTestsPassed(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(AfterAllPassesTestCase.class), selectClass(AfterAllAbortsTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(matrix.tests()).hasSize(2).allSatisfy(t -> {
            assertThat(t.outcome()).isEqualTo(TestOutcome.PASSED);
            assertThat(t.message()).isNull();
            assertThat(t.stackTrace()).isNull();
        });
        assertThat(row(matrix, "900-FR-001").status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    @Covers({ "002-FR-005", "002-FR-029" })
    void aClassFailingInBeforeAllStillFailsItsTestsWithItsOwnError(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(BeforeAllFailsTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(test(matrix, "::neverRuns")).extracting(TestResult::outcome, TestResult::message, TestResult::durationMs)
                .containsExactly(TestOutcome.ERRORED,
                        "ClassFailingAfterItsTestsTest$BeforeAllFailsTestCase failed: IllegalStateException: database unreachable",
                        0L);
        assertThat(row(matrix, "900-FR-001").partialKind()).isEqualTo(PartialKind.FAILING);
    }
}
