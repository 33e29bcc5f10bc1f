package dev.floe.testing.traceability.merge;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import dev.floe.testing.traceability.discovery.TestClassCompiler;
import dev.floe.testing.traceability.discovery.internal.CoversDiscovery;
import dev.floe.testing.traceability.discovery.internal.DiscoveredTest;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.merge.internal.MatrixMerge;
import dev.floe.testing.traceability.merge.internal.MergeInput;
import dev.floe.testing.traceability.merge.internal.MergeInputs;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.sarif.internal.SarifWriter;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParser;

/**
 * Prints the time and peak heap of (1) merging 50 module matrices totalling 2,000 requirements and 100,000
 * test results into one matrix and writing every report format plus SARIF, and (2) a ClassGraph scan of 1,000
 * compiled test classes for {@code @Covers}. A main, not a test: the figures go in docs/benchmarks-merge.md.
 *
 * <p>Arguments (optional): modules, requirements, results, test classes; default {@code 50 2000 100000 1000}.
 */
public final class MergeBenchmark {

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int modules = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int results = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int classes = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path root = Files.createTempDirectory("floe-merge-bench");
        try {
            long generate = System.nanoTime();
            SpecSet specs = specs(root, requirements);
            matrices(root, specs, modules, results, requirements);
            System.out.printf("generated %d module matrices (%d results, %d requirements) in %.0f ms%n", modules,
                    results, requirements, (System.nanoTime() - generate) / 1e6);

            for (int run = 1; run <= 2; run++) {
            measure((run == 1 ? "cold" : "warm") + " merge: find+read+build, 4 reports + SARIF", () -> {
                com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                List<MergeInput> inputs = MergeInputs.readAll(MergeInputs.find(List.of(root),
                        List.of(root.resolve("merged"))));
                long t1 = System.nanoTime();
                SpecCatalog catalog = SpecParser.create().withRoot(root).parse(root);
                SpecSet parsed = new SpecSet(catalog.searched(), catalog.specFiles(), catalog.requirements(),
                        List.of());
                long t2 = System.nanoTime();
                TraceabilityMatrix merged = MatrixMerge.of(parsed).withInputs(inputs).build();
                long t3 = System.nanoTime();
                long c3 = os.getProcessCpuTime();
                TraceabilityReports.writeAll(merged, root.resolve("merged"));
                write(root.resolve("merged").resolve(SarifWriter.FILE_NAME), SarifWriter.render(merged, List.of()));
                long t4 = System.nanoTime();
                return inputs.size() + " inputs -> " + merged.tests().size() + " tests, "
                        + merged.requirements().size() + " requirements; read " + (t1 - t0) / 1_000_000
                        + " ms, specs " + (t2 - t1) / 1_000_000 + " ms, build " + (t3 - t2) / 1_000_000
                        + " ms, write " + (t4 - t3) / 1_000_000 + " ms; merge alone (find+read+specs+build) "
                        + (t3 - t0) / 1_000_000 + " ms wall, " + (c3 - c0) / 1_000_000 + " ms cpu";
            });
            }

            Path classDir = compileTestClasses(root.resolve("scanned"), classes);
            measure("ClassGraph scan of " + classes + " test classes", () -> {
                List<DiscoveredTest> found = CoversDiscovery.scan(List.of(classDir), root.resolve("scanned"));
                return found.size() + " covering test methods";
            });
        }
        finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Step {
        String run() throws IOException;
    }

    private static void measure(String name, Step step) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        String what = step.run();
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-48s %6.0f ms wall %6.0f ms cpu   peak heap %4d MB   (%s)%n", name, ms, cpuMs, peak >> 20,
                what);
    }

    private static SpecSet specs(Path root, int requirements) throws IOException {
        int features = 20;
        for (int f = 0; f < features; f++) {
            StringBuilder spec = new StringBuilder("# Feature Specification: Feature " + f + "\n\n## Requirements\n\n");
            spec.append("#### Category ").append(f).append("\n\n");
            for (int r = 1; r <= requirements / features; r++) {
                spec.append(String.format("- **FR-%03d**: The package MUST do thing %d of feature %d.%s%n", r, r, f,
                        r % 10 == 0 ? " (P1)" : ""));
            }
            Path file = root.resolve(String.format("specs/%03d-feature-%d/spec.md", f + 1, f));
            Files.createDirectories(file.getParent());
            Files.writeString(file, spec);
        }
        SpecCatalog catalog = SpecParser.create().withRoot(root).parse(root);
        return new SpecSet(catalog.searched(), catalog.specFiles(), catalog.requirements(), List.of());
    }

    private static void matrices(Path root, SpecSet specs, int modules, int results, int requirements) {
        Random random = new Random(42);
        int perModule = results / modules;
        int perFeature = requirements / 20;
        for (int m = 0; m < modules; m++) {
            String module = "floe-module-" + m;
            List<TestResult> list = new ArrayList<>(perModule);
            for (int t = 0; t < perModule; t++) {
                String file = module + "/src/test/java/dev/floe/m" + m + "/Suite" + (t / 20) + "Test.java";
                String id = String.format("%03d-FR-%03d", 1 + random.nextInt(20), 1 + random.nextInt(perFeature));
                TestOutcome outcome = random.nextInt(100) == 0 ? TestOutcome.FAILED : TestOutcome.PASSED;
                list.add(new TestResult(file + "::Suite" + (t / 20) + "Test::test" + t, file,
                        "dev.floe.m" + m + ".Suite" + (t / 20) + "Test", "test" + t, "test" + t + "()", module,
                        "dev.floe.m" + m, List.of(id), outcome, random.nextInt(50),
                        outcome == TestOutcome.PASSED ? null : "expected: <1> but was: <2>"));
            }
            TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs).withResults(list)
                    .build(Instant.parse("2026-11-26T09:00:00Z"));
            TraceabilityReports.writeAll(matrix, root.resolve(module).resolve("target/floe-traceability"));
        }
    }

    private static Path compileTestClasses(Path module, int classes) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int c = 0; c < classes; c++) {
            StringBuilder source = new StringBuilder("package bench.p" + (c % 20) + ";\n"
                    + "import org.junit.jupiter.api.Test;\n"
                    + "import dev.floe.testing.junit.traceability.Covers;\n"
                    + "@Covers(\"001-FR-" + String.format("%03d", 1 + c % 100) + "\")\n"
                    + "class Generated" + c + "Test {\n");
            for (int m = 0; m < 5; m++) {
                source.append("    @Test @Covers(\"002-FR-").append(String.format("%03d", 1 + m)).append("\") void t")
                        .append(m).append("() {}\n");
            }
            sources.put("bench/p" + (c % 20) + "/Generated" + c + "Test.java", source.append("}\n").toString());
        }
        return TestClassCompiler.compile(module, sources);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
