package dev.floe.testing.junit.traceability.internal;

import static dev.floe.testing.traceability.testing.MatrixLookups.test;
import static dev.floe.testing.traceability.testing.MatrixLookups.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

import dev.floe.testing.common.internal.FloeConfiguration;
import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.CoverageStatus;
import dev.floe.testing.traceability.matrix.PartialKind;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.testing.Schemas;

class TraceabilityListenerTest {

    private static final String FILE = "floe-traceability-tests/src/test/java/dev/floe/testing/junit/traceability/internal/"
            + "TraceabilityListenerTest.java";

    @Retention(RetentionPolicy.RUNTIME)
    @Covers("900-FR-004")
    @interface CoversFour {
    }

    @Covers("900-FR-001")
    static class RecordingTestCase {

        @Test
        @Covers({ "FR-002", "900-FR-003" })
        void passes() {
        }

        @Test
        @CoversFour
        void metaAnnotated() {
        }

        @Test
        void fails() {
            assertEquals(1, 2, "expected one\nsecond line");
        }

        @Test
        void errors() {
            throw new IllegalStateException("db down");
        }

        @Test
        void aborts() {
            throw new TestAbortedException("no database here");
        }

        @Test
        @SkipIt("not today")
        void skipped() {
        }

        @ParameterizedTest
        @ValueSource(ints = { 1, 2 })
        void param(int value) {
        }

        @Nested
        class Inner {
            @Test
            @Covers("900-FR-005")
            void inside() {
            }
        }
    }

    static class BrokenSetupTestCase {

        @BeforeAll
        static void setUp() {
            throw new IllegalStateException("database unreachable");
        }

        @Test
        @Covers("900-FR-006")
        void neverRuns() {
        }
    }

    @SkipIt("whole class off")
    static class SkippedClassTestCase {
        @Test
        @Covers("900-FR-007")
        void skippedWithClass() {
        }
    }

    @Test
    @Covers({ "002-FR-004", "002-FR-001" })
    void recordsEveryTestWithStableIdOutcomeMessageAndCoveredIds(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002", "FR-003", "FR-004", "FR-005"));

        runs.run(List.of(selectClass(RecordingTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        String prefix = FILE + "::TraceabilityListenerTest.RecordingTestCase::";
        assertThat(matrix.tests()).extracting(TestResult::testId, TestResult::outcome, TestResult::message,
                TestResult::coveredIds).containsExactly(
                        tuple(FILE + "::TraceabilityListenerTest.RecordingTestCase.Inner::inside", TestOutcome.PASSED,
                                null, List.of("900-FR-001", "900-FR-005")),
                        tuple(prefix + "aborts", TestOutcome.ABORTED, "no database here", List.of("900-FR-001")),
                        tuple(prefix + "errors", TestOutcome.ERRORED, "IllegalStateException: db down",
                                List.of("900-FR-001")),
                        tuple(prefix + "fails", TestOutcome.FAILED, "expected one", List.of("900-FR-001")),
                        tuple(prefix + "metaAnnotated", TestOutcome.PASSED, null, List.of("900-FR-001", "900-FR-004")),
                        tuple(prefix + "param(int)[1]", TestOutcome.PASSED, null, List.of("900-FR-001")),
                        tuple(prefix + "param(int)[2]", TestOutcome.PASSED, null, List.of("900-FR-001")),
                        tuple(prefix + "passes", TestOutcome.PASSED, null, List.of("900-FR-001", "900-FR-003", "FR-002")),
                        tuple(prefix + "skipped", TestOutcome.SKIPPED, "not today", List.of("900-FR-001")));
        TestResult passes = test(matrix, "::passes");
        assertThat(passes.className()).isEqualTo(RecordingTestCase.class.getName());
        assertThat(passes.methodName()).isEqualTo("passes");
        assertThat(passes.displayName()).isEqualTo("passes()");
        assertThat(passes.module()).isEqualTo("floe-traceability-tests");
        assertThat(passes.javaPackage()).isEqualTo("dev.floe.testing.junit.traceability.internal");
        assertThat(passes.sourceFile()).isEqualTo(FILE);
        assertThat(row(matrix, "900-FR-001").partialKind()).isEqualTo(PartialKind.FAILING);
        assertThat(row(matrix, "900-FR-002").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(row(matrix, "900-FR-004").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(row(matrix, "900-FR-005").status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    @Covers({ "002-FR-015", "002-FR-016" })
    void writesAllFourReportsValidAgainstTheContracts(@TempDir Path out) throws Exception {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002", "FR-003", "FR-004", "FR-005"));

        runs.run(List.of(selectClass(RecordingTestCase.class)));

        for (String name : TraceabilityReports.FILE_NAMES) {
            assertThat(out.resolve(name)).isRegularFile();
        }
        Schemas.assertValid("traceability-matrix.schema.json", Files.readString(out.resolve("traceability-matrix.json")));
        Schemas.assertValid("test-report.schema.json", Files.readString(out.resolve("test-report.json")));
        assertThat(Files.readString(out.resolve("index.html"))).contains(
                "TraceabilityListenerTest.RecordingTestCase::param(int)[2]");
    }

    @Test
    @Covers("002-FR-018")
    void reportsHoldPathsRelativeToTheBuildRootOnly() throws Exception {
        // inside the build root, as target/floe-traceability is: the page's spec links are relative too
        Path out = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "relative-report");
        try {
            ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002", "FR-003", "FR-004", "FR-005"));

            runs.run(List.of(selectClass(RecordingTestCase.class)));

            for (String name : TraceabilityReports.FILE_NAMES) {
                // no Windows separator; the Markdown file's backslashes escape punctuation only, and the JSON
                // files' stack traces hold escaped line breaks and tabs
                String text = Files.readString(out.resolve(name));
                assertThat(name.endsWith(".json") ? text.replace("\\n", "\n").replace("\\t", "\t") : text).as(name)
                        .doesNotContain(ListenerRuns.ROOT.toString())
                        .doesNotContainPattern("\\\\(?!\\p{Punct})");
            }
            assertThat(Files.readString(out.resolve("index.html"))).contains("<a href=\"../../../specs/900-fixture/spec.md#L5\">"
                    + "<code>specs/900-fixture/spec.md:5</code></a>");
        }
        finally {
            // the fixture's reports must not stay in the module's target/, where a merge of the module would find them
            try (java.util.stream.Stream<Path> files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Covers({ "002-FR-005", "009-FR-007" })
    void testsOfAFailedClassFailWithItsErrorAndTestsOfASkippedClassAreSkipped(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-006", "FR-007"));

        runs.run(List.of(selectClass(BrokenSetupTestCase.class), selectClass(SkippedClassTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        TestResult neverRuns = test(matrix, "::neverRuns");
        assertThat(neverRuns).extracting(TestResult::outcome, TestResult::message).containsExactly(
                TestOutcome.ERRORED, "TraceabilityListenerTest$BrokenSetupTestCase failed: IllegalStateException: database unreachable");
        assertThat(neverRuns.stackTrace()).startsWith("java.lang.IllegalStateException: database unreachable\n\tat ")
                .contains("BrokenSetupTestCase.setUp(");
        assertThat(test(matrix, "::skippedWithClass")).extracting(TestResult::outcome, TestResult::message)
                .containsExactly(TestOutcome.SKIPPED, "skipped with TraceabilityListenerTest$SkippedClassTestCase: whole class off");
        assertThat(row(matrix, "900-FR-006").partialKind()).isEqualTo(PartialKind.FAILING);
    }

    static class SlowSetupTestCase {

        @BeforeAll
        static void setUp() throws InterruptedException {
            Thread.sleep(120);
        }

        @Test
        @Covers("900-FR-001")
        void fails() {
            throw new AssertionError("expected <1> but was <2>");
        }

        @Test
        @Covers("900-FR-001")
        void passes() {
        }
    }

    @Test
    @Covers("009-FR-007")
    void recordsTheFullFailureOfAFailedTestAndTheClassSetUpApartFromItsDuration(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(SlowSetupTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        TestResult failed = test(matrix, "::fails");
        TestResult passed = test(matrix, "::passes");
        assertThat(failed.outcome()).isEqualTo(TestOutcome.FAILED);
        assertThat(failed.stackTrace()).startsWith("java.lang.AssertionError: expected <1> but was <2>\n\tat ")
                .contains("SlowSetupTestCase.fails(");
        assertThat(passed.stackTrace()).isNull();
        assertThat(List.of(failed.setupMs(), passed.setupMs())).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(100));
        assertThat(passed.durationMs()).as("the class set-up is not in the test's own duration").isLessThan(100);
    }

    static class ManyTestCase {
        @ParameterizedTest
        @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
        @Covers("900-FR-001")
        void invocation(int value) throws InterruptedException {
            Thread.sleep(value % 3);
        }

        @Test
        void a() throws InterruptedException {
            Thread.sleep(2);
        }

        @Test
        void b() throws InterruptedException {
            Thread.sleep(2);
        }
    }

    static class MoreTestCase {
        @Test
        @Covers("900-FR-002")
        void c() throws InterruptedException {
            Thread.sleep(2);
        }

        @Test
        void d() {
        }
    }

    @Test
    @Covers("002-FR-006")
    void recordsEveryTestExactlyOnceUnderParallelExecution(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002"))
                .with("junit.jupiter.execution.parallel.enabled", "true")
                .with("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .with("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .with("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .with("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

        runs.run(List.of(selectClass(ManyTestCase.class), selectClass(MoreTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(matrix.tests()).hasSize(24).extracting(TestResult::testId).doesNotHaveDuplicates();
        assertThat(matrix.tests()).extracting(TestResult::outcome).containsOnly(TestOutcome.PASSED);
        assertThat(row(matrix, "900-FR-001").testIds()).hasSize(20);
        assertThat(IntStream.rangeClosed(1, 20).mapToObj(i -> "ManyTestCase::invocation(int)[" + i + "]"))
                .allSatisfy(suffix -> test(matrix, suffix));
    }

    static class DynamicTestCase {
        @TestFactory
        @Covers("900-FR-001")
        Stream<DynamicTest> factory() {
            return Stream.of(dynamicTest("one", () -> { }), dynamicTest("two", () -> assertEquals(1, 2)));
        }
    }

    @Test
    @Covers("002-FR-004")
    void recordsDynamicTestsByPositionWithTheFactorysIds(@TempDir Path out) {
        ListenerRuns runs = new ListenerRuns(out, ListenerRuns.specs("FR-001"));

        runs.run(List.of(selectClass(DynamicTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(matrix.tests()).extracting(TestResult::testId, TestResult::displayName, TestResult::outcome,
                TestResult::coveredIds).containsExactly(
                        tuple(FILE + "::TraceabilityListenerTest.DynamicTestCase::factory[1]", "one", TestOutcome.PASSED,
                                List.of("900-FR-001")),
                        tuple(FILE + "::TraceabilityListenerTest.DynamicTestCase::factory[2]", "two", TestOutcome.FAILED,
                                List.of("900-FR-001")));
    }

    @Test
    @Covers("002-FR-013")
    void withoutAnySpecTheReportsCarryAnErrorSayingWhereItLooked(@TempDir Path out, @TempDir Path emptyRoot)
            throws Exception {
        TraceabilityRuntime runtime = new TraceabilityRuntime(SpecSources.parser(), Path.of("").toAbsolutePath(),
                Clock.systemUTC());
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .addTestExecutionListeners(new TraceabilityListener(runtime)).build();
        LauncherFactory.create(config).execute(
                request()
                        .selectors(selectClass(DynamicTestCase.class))
                        .configurationParameters(Map.of("floe.traceability.output-dir", out.toString(),
                                "floe.traceability.root", emptyRoot.toString(),
                                "floe.traceability.partial-detection", "selectors"))
                        .build());

        TraceabilityMatrix matrix = runtime.lastResult().matrix();
        assertThat(matrix.error()).startsWith("No spec found: looked for specs/**/spec.md under " + emptyRoot);
        assertThat(matrix.coveragePercentage()).isZero();
        assertThat(Files.readString(out.resolve("traceability-matrix.json"))).contains("\"status\" : \"error\"");
        assertThat(Files.readString(out.resolve("traceability.md"))).startsWith("# Traceability\n\n> **Error:** No spec found");
        assertThat(Files.readString(out.resolve("index.html"))).contains("<h2>No requirement could be read</h2>\n<p><strong>Error:</strong> No spec found");
    }

    @Test
    @Covers("002-FR-026")
    void switchedOffItRecordsNothingWritesNothingAndReadsNoSpec(@TempDir Path out) {
        AtomicInteger specReads = new AtomicInteger();
        SpecSource counting = new SpecSource() {
            @Override
            public Path buildRoot(FloeConfiguration configuration, Path workingDir) {
                specReads.incrementAndGet();
                return ListenerRuns.ROOT;
            }

            @Override
            public SpecSet load(FloeConfiguration configuration, Path workingDir) {
                specReads.incrementAndGet();
                return ListenerRuns.specs("FR-001");
            }
        };
        TraceabilityRuntime runtime = new TraceabilityRuntime(counting, Path.of("").toAbsolutePath(), Clock.systemUTC());
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .addTestExecutionListeners(new TraceabilityListener(runtime))
                .addLauncherSessionListeners(new TraceabilitySessionListener(runtime)).build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            session.getLauncher().execute(request().selectors(selectClass(DynamicTestCase.class))
                    .configurationParameters(Map.of("floe.traceability.output-dir", out.toString(),
                            "floe.traceability.enabled", "false"))
                    .build());
        }

        assertThat(out).isEmptyDirectory();
        assertThat(runtime.lastResult()).isNull();
        assertThat(specReads).hasValue(0);
    }

    @Test
    @Covers("002-FR-003")
    void isRegisteredThroughMetaInfServices() throws Exception {
        Map<String, String> expected = Map.of(
                "org.junit.platform.launcher.TestExecutionListener", TraceabilityListener.class.getName(),
                "org.junit.platform.launcher.LauncherSessionListener", TraceabilitySessionListener.class.getName(),
                "org.junit.platform.launcher.LauncherDiscoveryListener", TraceabilityDiscoveryListener.class.getName());
        for (Map.Entry<String, String> service : expected.entrySet()) {
            Class<?> type = Class.forName(service.getKey());
            assertThat(java.util.ServiceLoader.load(type).stream().map(p -> p.type().getName()))
                    .as(service.getKey()).contains(service.getValue());
        }
    }
}
