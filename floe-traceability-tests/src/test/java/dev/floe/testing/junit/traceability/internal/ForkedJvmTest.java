package dev.floe.testing.junit.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.codehaus.plexus.classworlds.launcher.InProcessMavenMain;

import dev.floe.testing.junit.traceability.Covers;

class ForkedJvmTest {

    static class AlphaTestCase {
        @Test
        @Covers("002-FR-007")
        void alpha() {
        }
    }

    static class BetaTestCase {
        @Test
        @Covers("002-FR-008")
        void beta() {
        }
    }

    private static Process fork(Path out, Class<?> type, Path log, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ForkedRunMain.class.getName(), type.getName(), out.toString(), "forked-run"));
        command.addAll(List.of(more));
        return new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    @Covers({ "002-FR-003", "002-FR-007", "002-FR-008" })
    void twoForkedJvmsRegisteredOnlyThroughServicesBuildOneMatrixOfBoth(@TempDir Path out, @TempDir Path logs)
            throws Exception {
        Process alpha = fork(out, AlphaTestCase.class, logs.resolve("alpha.log"));
        Process beta = fork(out, BetaTestCase.class, logs.resolve("beta.log"));

        for (Process p : List.of(alpha, beta)) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("forked JVM finished").isTrue();
            assertThat(p.exitValue()).as("exit code; log:\n" + Files.readString(logs.resolve(
                    p == alpha ? "alpha.log" : "beta.log"))).isZero();
        }

        try (Stream<Path> fragments = Files.list(out.resolve("fragments"))) {
            assertThat(fragments.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .hasSize(2).allMatch(n -> n.startsWith("forked-run--"));
        }
        String report = Files.readString(out.resolve("test-report.json"));
        assertThat(report).contains("ForkedJvmTest.AlphaTestCase::alpha", "ForkedJvmTest.BetaTestCase::beta");
        String matrix = Files.readString(out.resolve("traceability-matrix.json"));
        assertThat(matrix).contains("\"specs/002-traceability-run/spec.md\"", "\"partial_run\" : false",
                "\"covered\" : 2,");
    }

    @Test
    @Covers("002-FR-019")
    void aJvmThatExitsWithoutClosingItsSessionStillWritesTheMatrix(@TempDir Path out, @TempDir Path logs)
            throws Exception {
        Process careless = fork(out, AlphaTestCase.class, logs.resolve("careless.log"), "no-close");

        assertThat(careless.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(careless.exitValue()).as(Files.readString(logs.resolve("careless.log"))).isZero();
        assertThat(Files.readString(out.resolve("test-report.json"))).contains("ForkedJvmTest.AlphaTestCase::alpha");
    }

    @Test
    @Covers({ "002-FR-025", "002-FR-019" })
    void theFourReportsAreCompleteWhenTheJvmExitsRightAfterItsSessionCloses(@TempDir Path out, @TempDir Path logs)
            throws Exception {
        Process hasty = fork(out, AlphaTestCase.class, logs.resolve("hasty.log"), "exit-after-close");

        assertThat(hasty.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(hasty.exitValue()).as(Files.readString(logs.resolve("hasty.log"))).isZero();
        assertThat(Files.readString(logs.resolve("hasty.log"))).contains("Traceability: 1 of ", "  report: " + out);
        assertThat(Files.readString(out.resolve("test-report.json"))).contains("ForkedJvmTest.AlphaTestCase::alpha");
        assertThat(Files.readString(out.resolve("traceability-matrix.json"))).contains("\"covered\" : 1,");
        assertThat(Files.readString(out.resolve("traceability.md"))).contains("**1 of ", "; 1 tests**");
        assertThat(Files.readString(out.resolve("index.html"))).contains("AlphaTestCase").endsWith("</html>\n");
    }

    @Test
    @Covers("002-FR-025")
    void whenMavenRunsTheTestsInItsOwnJvmTheReportsAreCompleteWhenTheSessionCloses(@TempDir Path out,
            @TempDir Path logs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = logs.resolve("in-process.log");
        Process maven = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InProcessMavenMain.class.getName(), AlphaTestCase.class.getName(), out.toString(), "in-process-run")
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();

        assertThat(maven.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(maven.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("reports complete when the session closed: true");
    }

    @Test
    @Covers({ "002-FR-006", "002-FR-007", "002-FR-025" })
    void testsRunInParallelInTwoForkedJvmsAreEachRecordedExactlyOnce(@TempDir Path work) throws Exception {
        ParallelForkProbe.Outcome outcome = ParallelForkProbe.run(work, 2, 8, 25, 4);

        assertThat(outcome.planned()).isEqualTo(400);
        assertThat(outcome.fragments()).isEqualTo(2);
        assertThat(outcome.lost()).isZero();
        assertThat(outcome.duplicated()).isZero();
    }
}
