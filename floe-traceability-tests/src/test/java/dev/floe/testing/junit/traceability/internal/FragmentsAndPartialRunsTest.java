package dev.floe.testing.junit.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.floe.testing.junit.traceability.Covers;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.result.TestResult;

class FragmentsAndPartialRunsTest {

    static class FirstTestCase {
        @Test
        @Covers("900-FR-001")
        void first() {
        }

        @Test
        @Covers("900-FR-001")
        void second() {
        }
    }

    static class OtherTestCase {
        @Test
        @Covers("900-FR-002")
        void other() {
        }
    }

    private static List<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> methods(TraceabilityMatrix matrix) {
        return matrix.tests().stream().map(TestResult::methodName).toList();
    }

    private static ListenerRuns runs(Path out, String runId) {
        return new ListenerRuns(out, ListenerRuns.specs("FR-001", "FR-002")).with("floe.traceability.run-id", runId);
    }

    @Test
    @Covers({ "002-FR-007", "002-FR-008" })
    void severalPlansOfOneJvmWriteOneFragmentEachAndOneMatrixOfAll(@TempDir Path out) throws Exception {
        ListenerRuns runs = runs(out, "run-1");

        runs.run(List.of(selectClass(FirstTestCase.class)), List.of(selectClass(OtherTestCase.class)));

        assertThat(files(out.resolve("fragments"))).hasSize(2).allMatch(name -> name.startsWith("run-1--"));
        assertThat(methods(runs.runtime().lastResult().matrix())).containsExactly("first", "second", "other");
    }

    @Test
    @Covers({ "002-FR-007", "002-FR-008" })
    void aSecondJvmOfTheSameRunAddsItsFragmentToTheMatrix(@TempDir Path out) throws Exception {
        ListenerRuns firstFork = runs(out, "run-1");
        ListenerRuns secondFork = runs(out, "run-1");

        firstFork.run(List.of(selectClass(FirstTestCase.class)));
        secondFork.run(List.of(selectClass(OtherTestCase.class)));

        assertThat(files(out.resolve("fragments"))).hasSize(2);
        assertThat(methods(secondFork.runtime().lastResult().matrix())).containsExactly("first", "second", "other");
        assertThat(Files.readString(out.resolve("traceability-matrix.json"))).contains("\"covered\" : 2");
    }

    @Test
    @Covers({ "002-FR-008", "007-FR-003" })
    void fragmentsOfAnOlderRunAreDeletedAndNeverCounted(@TempDir Path out) throws Exception {
        runs(out, "yesterday").run(List.of(selectClass(OtherTestCase.class)));
        for (String name : files(out.resolve("fragments"))) {
            Files.setLastModifiedTime(out.resolve("fragments").resolve(name), FileTime.from(Instant.EPOCH));
        }
        // what a JVM killed while writing a fragment leaves
        Path killed = Files.writeString(out.resolve("fragments/.yesterday--1-2-3.json.4711-0a1b2c3d.tmp"), "{\"form");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.EPOCH));
        ListenerRuns today = runs(out, "today");

        today.run(List.of(selectClass(FirstTestCase.class)));

        assertThat(files(out.resolve("fragments"))).singleElement().asString().startsWith("today--");
        assertThat(killed).doesNotExist();
        assertThat(methods(today.runtime().lastResult().matrix())).containsExactly("first", "second");
    }

    @Test
    @Covers("002-FR-008")
    void fragmentsOfARunGoingOnBesideAreNeitherCountedNorDeleted(@TempDir Path out) throws Exception {
        runs(out, "other-launcher").run(List.of(selectClass(OtherTestCase.class)));
        ListenerRuns mine = runs(out, "mine");

        mine.run(List.of(selectClass(FirstTestCase.class)));

        assertThat(files(out.resolve("fragments"))).hasSize(2);
        assertThat(methods(mine.runtime().lastResult().matrix())).containsExactly("first", "second");
    }

    @Test
    @Covers("002-FR-009")
    void anUnreadableFragmentIsNamedAsAProblemAndTheRestStillCounts(@TempDir Path out) throws Exception {
        Files.createDirectories(out.resolve("fragments"));
        Files.writeString(out.resolve("fragments/run-1--1-1-torn.json"), "{\"format\":1,\"runId\":\"run-1\",\"res");
        ListenerRuns runs = runs(out, "run-1");

        runs.run(List.of(selectClass(OtherTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(methods(matrix)).containsExactly("other");
        assertThat(matrix.problems()).singleElement().asString().startsWith("Result fragment ")
                .endsWith("run-1--1-1-torn.json is unreadable (JsonEOFException); its results are left out");
    }

    @Test
    @Covers({ "002-FR-020", "002-FR-019" })
    void aMethodSelectionIsPartialAndNeverOverwritesTheFullRunsReports(@TempDir Path out) throws Exception {
        runs(out, "full").run(List.of(selectClass(FirstTestCase.class), selectClass(OtherTestCase.class)));
        String fullMatrix = Files.readString(out.resolve("traceability-matrix.json"));

        runs(out, "ide").run(List.of(selectMethod(FirstTestCase.class, "first")));

        assertThat(Files.readString(out.resolve("traceability-matrix.json"))).isEqualTo(fullMatrix);
        assertThat(Files.readString(out.resolve("partial/traceability-matrix.json"))).contains("\"partial_run\" : true",
                "selected by 1 method or unique-id selector(s), e.g. " + FirstTestCase.class.getName() + "#first");
        assertThat(Files.readString(out.resolve("partial/traceability.md"))).contains("> **Partial run:**");

        runs(out, "full-again").run(List.of(selectClass(FirstTestCase.class), selectClass(OtherTestCase.class)));

        assertThat(out.resolve("partial/traceability-matrix.json")).doesNotExist();
        assertThat(Files.readString(out.resolve("traceability-matrix.json"))).contains("\"partial_run\" : false");
    }

    @Test
    @Covers("002-FR-020")
    void theStaticScanMarksARunOfOneClassPartialNamingTestsThatDidNotRun(@TempDir Path out) throws Exception {
        ListenerRuns runs = runs(out, "one-class").with("floe.traceability.partial-detection", "auto");

        runs.run(List.of(selectClass(FirstTestCase.class)));

        TraceabilityMatrix matrix = runs.runtime().lastResult().matrix();
        assertThat(matrix.partialRun()).isTrue();
        assertThat(matrix.partialReasons()).singleElement().asString()
                .matches("\\d+ test method\\(s\\) of the test classes did not run \\(filtered, or one class or method"
                        + " selected\\), e\\.g\\. dev\\.floe\\..*");
        assertThat(out.resolve("partial/index.html")).isRegularFile();
        assertThat(out.resolve("traceability-matrix.json")).doesNotExist();
    }

    @Test
    @Covers("002-FR-020")
    void theScanFindsTopLevelTestMethodsButNotNestedFixtureClasses() throws Exception {
        Path testClasses = Path.of(FragmentsAndPartialRunsTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());

        Set<String> methods = TestMethodScanner.testMethodsIn(Set.of(testClasses));

        assertThat(methods).contains(FragmentsAndPartialRunsTest.class.getName()
                + "#theScanFindsTopLevelTestMethodsButNotNestedFixtureClasses");
        assertThat(methods).noneMatch(m -> m.contains("TestCase#"));
    }
}
