package dev.floe.testing.traceability.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.floe.testing.traceability.matrix.internal.MatrixBuilder;
import dev.floe.testing.traceability.matrix.SpecSet;
import dev.floe.testing.traceability.matrix.TraceabilityMatrix;
import dev.floe.testing.traceability.report.TraceabilityReports;
import dev.floe.testing.traceability.result.TestOutcome;
import dev.floe.testing.traceability.result.TestResult;
import dev.floe.testing.traceability.spec.SpecCatalog;
import dev.floe.testing.traceability.spec.SpecParser;

/**
 * Benchmark (not a test): spec parsing plus matrix plus all four reports for 2,000 requirements (20 specs
 * of 100) and 20,000 test results. Prints each timed round, the median and the peak heap used. Run it
 * with {@code -Xmx256m} to show the work fits in 256 MB.
 *
 * <p>Arguments: {@code [features] [requirementsPerFeature] [tests] [rounds]}.
 */
public final class MatrixBenchmark {

    private MatrixBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int features = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perFeature = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int tests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path root = Files.createTempDirectory("floe-matrix-bench");
        writeSpecs(root, features, perFeature);
        List<TestResult> results = results(features, perFeature, tests);
        long cold = System.nanoTime();
        once(root, results);
        cold = System.nanoTime() - cold;
        for (int warm = 0; warm < 2; warm++) {
            once(root, results);
        }
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] times = new long[rounds];
        TraceabilityMatrix last = null;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            last = once(root, results);
            times[r] = System.nanoTime() - start;
        }
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "requirements: %d (%d specs), test results: %d, rounds: %d, max heap %d MB, JVM %s%n",
                features * perFeature, features, tests, rounds, Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        System.out.printf(Locale.ROOT, "parse + matrix + 4 reports: median %.0f ms (min %.0f, max %.0f) (target < 1000 ms)%n",
                sorted[rounds / 2] / 1e6, sorted[0] / 1e6, sorted[rounds - 1] / 1e6);
        System.out.printf(Locale.ROOT, "first (cold JVM) round: %.0f ms%n", cold / 1e6);
        System.out.printf(Locale.ROOT, "peak heap used during the timed rounds: %d MB (target < 256 MB)%n", peak >> 20);
        System.out.println("summary: " + last.summaryLine());
        for (String name : TraceabilityReports.FILE_NAMES) {
            System.out.printf(Locale.ROOT, "  %-26s %,d bytes%n", name, Files.size(root.resolve("out").resolve(name)));
        }
    }

    private static TraceabilityMatrix once(Path root, List<TestResult> results) {
        SpecCatalog catalog = SpecParser.create().parse(root);
        SpecSet specs = SpecSet.of(catalog, "specs/**/spec.md under " + root);
        TraceabilityMatrix matrix = MatrixBuilder.forSpecs(specs).withResults(results).build(Instant.now());
        TraceabilityReports.writeAll(matrix, root.resolve("out"));
        return matrix;
    }

    private static void writeSpecs(Path root, int features, int perFeature) throws Exception {
        for (int f = 1; f <= features; f++) {
            StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "# Feature %03d%n%n## Requirements%n", f));
            for (int r = 1; r <= perFeature; r++) {
                if (r % 25 == 1) {
                    md.append(String.format(Locale.ROOT, "%n### Area %d%n%n", r / 25));
                }
                md.append(String.format(Locale.ROOT, "- **FR-%03d**: The system MUST handle case %d of feature %d,%n"
                        + "  including a continuation line with `code` and <html>.%n", r, r, f));
            }
            Path spec = root.resolve(String.format(Locale.ROOT, "specs/%03d-feature-%d/spec.md", f, f));
            Files.createDirectories(spec.getParent());
            Files.writeString(spec, md);
        }
    }

    private static List<TestResult> results(int features, int perFeature, int tests) {
        List<TestResult> results = new ArrayList<>(tests);
        int requirements = features * perFeature;
        for (int i = 0; i < tests; i++) {
            int requirement = i % (requirements - requirements / 20); // the last 5% stay uncovered
            String id = String.format(Locale.ROOT, "%03d-FR-%03d", requirement / perFeature + 1, requirement % perFeature + 1);
            TestOutcome outcome = i % 97 == 5 ? TestOutcome.FAILED : i % 89 == 3 ? TestOutcome.SKIPPED : TestOutcome.PASSED;
            String cls = String.format(Locale.ROOT, "C%04dTest", i / 50);
            String file = "module/src/test/java/bench/" + cls + ".java";
            results.add(new TestResult(file + "::" + cls + "::m" + (i % 50), file, "bench." + cls, "m" + (i % 50),
                    "m" + (i % 50) + "()", "module-" + (i % 7), "bench", List.of(id), outcome, i % 13,
                    outcome == TestOutcome.FAILED ? "expected: <1> but was: <2>" : null));
        }
        return results;
    }
}
