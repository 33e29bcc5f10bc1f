package dev.floe.testing.junit.traceability.internal;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;


import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.core.LauncherFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Prints how many tests a run loses or records twice when several forked JVMs run their tests concurrently into
 * one output folder, as Surefire with {@code forkCount > 1} and Jupiter's parallel execution do: each fork
 * registers the listeners only through {@code META-INF/services} and exits with {@code System.exit} right after
 * its launcher session closes, so the reports are written while the JVMs shut down. A main, not a test: the
 * figures belong in docs/benchmarks-traceability.md ({@code ForkedJvmTest} runs it small).
 *
 * <p>Arguments (optional): forks (default 2), classes per fork (50), methods per class (50), parallelism (4).
 */
public final class ParallelForkProbe {

    private ParallelForkProbe() {
    }

    /** What the run's reports say about the generated tests. */
    record Outcome(int planned, int distinct, int recorded, int fragments, int lost, int duplicated) {
    }

    public static void main(String[] args) throws Exception {
        int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int methods = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int parallelism = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        long start = System.nanoTime();
        Outcome o = run(Files.createTempDirectory("floe-fork-probe"), forks, classes, methods, parallelism);
        System.out.printf(Locale.ROOT, "%d forks x %d classes x %d methods, parallelism %d: %d tests planned, %d recorded"
                + " (%d distinct) from %d fragments: %d lost, %d duplicated (%.1f s)%n", forks, classes, methods,
                parallelism, o.planned(), o.recorded(), o.distinct(), o.fragments(), o.lost(), o.duplicated(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Generates, compiles and runs the tests in {@code forks} JVMs at once; reads back the run's reports. */
    static Outcome run(Path work, int forks, int classesPerFork, int methods, int parallelism) throws Exception {
        Path classes = generate(work, forks * classesPerFork, methods);
        Path out = work.resolve("floe-traceability");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
        List<Process> processes = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, Fork.class.getName(),
                    out.toString(), "probe-run", String.valueOf(parallelism)));
            for (int c = f * classesPerFork; c < (f + 1) * classesPerFork; c++) {
                command.add(className(c));
            }
            processes.add(new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("fork-" + f + ".log").toFile()).start());
        }
        for (int f = 0; f < forks; f++) {
            Process p = processes.get(f);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("fork " + f + " failed: " + Files.readString(work.resolve("fork-" + f
                        + ".log")));
            }
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("traceability-matrix.json").toFile());
        Set<String> distinct = new HashSet<>();
        int recorded = 0;
        for (JsonNode test : report.get("tests")) {
            recorded++;
            distinct.add(test.get("test_id").asText());
        }
        int planned = forks * classesPerFork * methods;
        int fragments;
        try (var files = Files.list(out.resolve("fragments"))) {
            fragments = (int) files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
        int generatedSeen = 0;
        for (String id : distinct) {
            if (id.contains("::P") && id.contains("Test::m")) {
                generatedSeen++;
            }
        }
        return new Outcome(planned, distinct.size(), recorded, fragments, planned - generatedSeen,
                recorded - distinct.size());
    }

    /** Main of one forked JVM: runs the named classes in parallel, closes the session, then exits at once. */
    public static final class Fork {

        private Fork() {
        }

        public static void main(String[] args) {
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                selectors.add(selectClass(args[i]));
            }
            var session = LauncherFactory.openSession();
            session.getLauncher().execute(request().selectors(selectors).configurationParameters(Map.of(
                    "floe.traceability.output-dir", args[0], "floe.traceability.run-id", args[1],
                    "floe.traceability.partial-detection", "selectors",
                    "junit.jupiter.execution.parallel.enabled", "true",
                    "junit.jupiter.execution.parallel.mode.default", "concurrent",
                    "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                    "junit.jupiter.execution.parallel.config.strategy", "fixed",
                    "junit.jupiter.execution.parallel.config.fixed.parallelism", args[2])).build());
            session.close();
            System.exit(0); // as Surefire's fork does: the reports are written while the JVM shuts down
        }
    }

    private static String className(int c) {
        return String.format(Locale.ROOT, "probe.P%04dTest", c);
    }

    private static Path generate(Path work, int classes, int methods) throws IOException {
        Path src = work.resolve("src/probe");
        Files.createDirectories(src);
        List<String> files = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            StringBuilder java = new StringBuilder("package probe;\n\nimport org.junit.jupiter.api.Test;\n"
                    + "import dev.floe.testing.junit.traceability.Covers;\n\n");
            java.append(String.format(Locale.ROOT, "public class P%04dTest {%n", c));
            for (int m = 0; m < methods; m++) {
                java.append(String.format(Locale.ROOT, "    @Test @Covers(\"900-FR-%03d\") void m%03d() { }%n",
                        (c * methods + m) % 500, m));
            }
            java.append("}\n");
            Path file = src.resolve(String.format(Locale.ROOT, "P%04dTest.java", c));
            Files.writeString(file, java);
            files.add(file.toString());
        }
        Path out = dev.floe.testing.traceability.bench.ListenerOverheadBenchmark.compile(files, work.resolve("classes"));
        Files.createDirectories(work.resolve("specs/900-probe"));
        StringBuilder spec = new StringBuilder("# Feature 900: probe\n\n## Requirements\n\n");
        for (int i = 0; i < 500; i++) {
            spec.append(String.format(Locale.ROOT, "- **FR-%03d**: Requirement %d MUST hold.%n", i, i));
        }
        Files.writeString(work.resolve("specs/900-probe/spec.md"), spec);
        return out;
    }
}
