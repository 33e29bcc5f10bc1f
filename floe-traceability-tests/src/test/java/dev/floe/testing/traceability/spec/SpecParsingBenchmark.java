package dev.floe.testing.traceability.spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints how long {@link SpecParser} takes to find and read 2,000 requirements spread over 20 generated
 * specs, and the heap it needs. A main, not a test: timings belong in docs/benchmarks-spec-parsing.md.
 *
 * <p>Arguments (optional): specs, requirements per spec, measured runs; default {@code 20 100 20}.
 */
public final class SpecParsingBenchmark {

    private SpecParsingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int specs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int perSpec = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path root = Files.createTempDirectory("floe-spec-bench");
        try {
            long bytes = generate(root, specs, perSpec);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

            // Cold: the first parse in a fresh JVM, as a test run sees it.
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            SpecCatalog catalog = SpecParser.create().parse(root);
            double coldMs = (System.nanoTime() - start) / 1e6;
            long heapAfter = memory.getHeapMemoryUsage().getUsed();
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - heapBefore;
            if (catalog.requirements().size() != specs * perSpec || !catalog.problems().isEmpty()) {
                throw new IllegalStateException("unexpected result: " + catalog);
            }

            for (int i = 0; i < 10; i++) {
                SpecParser.create().parse(root);
            }
            double[] warm = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                SpecParser.create().parse(root);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);

            System.out.printf(Locale.ROOT, "specs=%d requirements=%d markdown=%.1f KiB%n", specs,
                    catalog.requirements().size(), bytes / 1024.0);
            System.out.printf(Locale.ROOT, "cold parse (first in JVM): %.1f ms%n", coldMs);
            System.out.printf(Locale.ROOT, "warm parse: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n",
                    warm[runs / 2], warm[0], warm[runs - 1], runs);
            System.out.printf(Locale.ROOT, "heap growth during cold parse: %.1f MiB; catalog retained after GC:"
                    + " %.1f MiB; max heap %d MiB%n", (heapAfter - heapBefore) / 1048576.0, retained / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576);
        }
        finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Specs shaped like real ones: headings, prose, code blocks, multi-line and nested items. */
    private static long generate(Path root, int specs, int perSpec) throws IOException {
        long bytes = 0;
        for (int s = 1; s <= specs; s++) {
            StringBuilder md = new StringBuilder();
            md.append("# Feature Specification: Generated ").append(s).append("\n\n");
            md.append("## User Scenarios\n\nProse that mentions FR-001 and **FR-002** without defining them.\n\n");
            md.append("```java\n- **FR-999**: in a code block\n```\n\n## Requirements\n\n");
            for (int r = 1; r <= perSpec; r++) {
                if (r % 10 == 1) {
                    md.append("\n### Observability Verification ").append(r / 10).append("\n\n");
                }
                md.append("- **FR-").append(String.format(Locale.ROOT, "%03d", r)).append("**: The library MUST do")
                        .append(" thing ").append(r).append(" with `code`, *emphasis* and a [link](https://x.test)");
                if (r % 3 == 0) {
                    md.append("\n  and a continuation line that goes on for a while");
                }
                if (r % 7 == 0) {
                    md.append("\n  - a nested detail\n  - another nested detail");
                }
                md.append('\n');
            }
            Path file = SpecFixtures.write(root, String.format(Locale.ROOT, "specs/%03d-generated/spec.md", s),
                    md.toString());
            bytes += Files.size(file);
        }
        return bytes;
    }
}
